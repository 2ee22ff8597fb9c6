#include "dpklayertablebuilder.h"

#include "dpklayerfields.h"
#include "dpksuppression.h"

const QString DpkLayerTableBuilder::SCHOOLS_TABLE = QStringLiteral( "skolor" );
const QString DpkLayerTableBuilder::UNPLACED_TABLE = QStringLiteral( "skolor_utan_plats" );
const QString DpkLayerTableBuilder::AREAS_TABLE = QStringLiteral( "omraden" );

namespace
{
void addField( DpkLayerTable &table, const QString &name, QMetaType::Type type,
               const QString &alias )
{
  table.fields.append( DpkQgisCompat::makeField( name, type ) );
  table.aliases.insert( name, alias );
}

void addSchoolFields( DpkLayerTable &table )
{
  addField( table, QStringLiteral( "skolenhetskod" ), QMetaType::QString,
            QStringLiteral( "Skolenhetskod" ) );
  addField( table, QStringLiteral( "namn" ), QMetaType::QString, QStringLiteral( "Skola" ) );
}
} // namespace

DpkLayerTable DpkLayerTableBuilder::schools( const QList<DpkSchool> &schools,
                                             const QList<DpkIndicator> &indicators,
                                             const DpkPeriod &period,
                                             const QgsCoordinateReferenceSystem &crs,
                                             const QHash<QString, QString> &areaOfSchool )
{
  DpkLayerTable table;
  table.name = SCHOOLS_TABLE;
  table.title = tr( "Schools" );
  table.wkbType = QgsWkbTypes::Point;
  table.crs = crs;
  addSchoolFields( table );
  addField( table, QStringLiteral( "kommunkod" ), QMetaType::QString,
            QStringLiteral( "Kommunkod" ) );
  addField( table, QStringLiteral( "kommun" ), QMetaType::QString, QStringLiteral( "Kommun" ) );
  addField( table, QStringLiteral( "huvudmannatyp" ), QMetaType::QString,
            QStringLiteral( "Typ av huvudman" ) );
  addField( table, QStringLiteral( "huvudman" ), QMetaType::QString, QStringLiteral( "Huvudman" ) );
  addField( table, QStringLiteral( "omrade" ), QMetaType::QString, QStringLiteral( "Område" ) );
  for ( const DpkIndicator &indicator : indicators )
    addIndicatorFields( table, indicator );

  for ( const DpkSchool &school : schools )
  {
    QgsFeature feature( table.fields );
    // A school not yet placed (a table of results only) has no geometry.
    if ( school.location )
      feature.setGeometry(
          QgsGeometry::fromPointXY( QgsPointXY( school.location->x, school.location->y ) ) );
    QgsAttributes attributes( QVector<QVariant>{
        school.code, school.name, school.municipalityCode, school.municipalityName,
        school.organiserType, school.organiser, areaOfSchool.value( school.code ) } );
    for ( const DpkIndicator &indicator : indicators )
    {
      const DpkValue value = DpkSuppression::shownValue( indicator, school, period );
      attributes << number( value ) << DpkValue::statusKey( value.status() ) << period.toString();
    }
    feature.setAttributes( attributes );
    table.features.append( feature );
  }
  return table;
}

DpkLayerTable DpkLayerTableBuilder::unplacedSchools( const QList<DpkUnplacedSchool> &schools )
{
  DpkLayerTable table;
  table.name = UNPLACED_TABLE;
  table.title = tr( "Schools not on the map" );
  addSchoolFields( table );
  addField( table, QStringLiteral( "orsak" ), QMetaType::QString, QStringLiteral( "Orsak" ) );
  for ( const DpkUnplacedSchool &school : schools )
  {
    QgsFeature feature( table.fields );
    feature.setAttributes(
        QgsAttributes( QVector<QVariant>{ school.code, school.name, school.reason } ) );
    table.features.append( feature );
  }
  return table;
}

DpkLayerTable
DpkLayerTableBuilder::areas( const QList<DpkArea> &areas, const QgsCoordinateReferenceSystem &crs,
                             const QList<DpkIndicator> &indicators, const DpkPeriod &period,
                             const QHash<QString, QHash<QString, DpkAreaFigure>> &figures )
{
  DpkLayerTable table;
  table.name = AREAS_TABLE;
  table.title = tr( "Areas" );
  table.wkbType = QgsWkbTypes::MultiPolygon;
  table.crs = crs;
  addField( table, QStringLiteral( "kod" ), QMetaType::QString, QStringLiteral( "Områdeskod" ) );
  addField( table, QStringLiteral( "namn" ), QMetaType::QString, QStringLiteral( "Område" ) );
  for ( const DpkIndicator &indicator : indicators )
  {
    addIndicatorFields( table, indicator );
    const QString name = indicator.nameSv;
    addField( table, DpkLayerFields::pupils( indicator.id ), QMetaType::Double,
              QStringLiteral( "%1 – elever i underlaget" ).arg( name ) );
    addField( table, DpkLayerFields::schools( indicator.id ), QMetaType::Int,
              QStringLiteral( "%1 – skolor i underlaget" ).arg( name ) );
    addField( table, DpkLayerFields::excluded( indicator.id ), QMetaType::QString,
              QStringLiteral( "%1 – skolor som inte ingår" ).arg( name ) );
    addField( table, DpkLayerFields::estimated( indicator.id ), QMetaType::Bool,
              QStringLiteral( "%1 – uppskattat" ).arg( name ) );
  }

  for ( const DpkArea &area : areas )
  {
    QgsFeature feature( table.fields );
    QgsGeometry geometry = area.geometry;
    geometry.convertToMultiType();
    feature.setGeometry( geometry );
    QgsAttributes attributes( QVector<QVariant>{ area.code, area.name } );
    for ( const DpkIndicator &indicator : indicators )
    {
      const DpkAreaFigure figure = figures.value( indicator.id ).value( area.code );
      QStringList excluded;
      for ( const DpkExcludedSchool &school : figure.excludedSchools )
        excluded << QStringLiteral( "%1 %2: %3" ).arg( school.code, school.name, school.reason );
      const bool shown = figure.value.hasNumber();
      attributes << number( figure.value ) << DpkValue::statusKey( figure.value.status() )
                 << period.toString()
                 // The basis of a suppressed figure would give away its size: it is left out.
                 << ( shown ? QVariant( figure.pupils ) : QVariant() )
                 << ( shown ? QVariant( figure.includedSchools.size() ) : QVariant() )
                 << excluded.join( QStringLiteral( "; " ) ) << ( shown && figure.estimated );
    }
    feature.setAttributes( attributes );
    table.features.append( feature );
  }
  return table;
}

void DpkLayerTableBuilder::addIndicatorFields( DpkLayerTable &table, const DpkIndicator &indicator )
{
  addField( table, DpkLayerFields::value( indicator.id ), QMetaType::Double, indicator.nameSv );
  addField( table, DpkLayerFields::status( indicator.id ), QMetaType::QString,
            QStringLiteral( "%1 – status" ).arg( indicator.nameSv ) );
  addField( table, DpkLayerFields::period( indicator.id ), QMetaType::QString,
            QStringLiteral( "%1 – läsår" ).arg( indicator.nameSv ) );
}

QVariant DpkLayerTableBuilder::number( const DpkValue &value )
{
  return value.hasNumber() ? QVariant( value.number() ) : QVariant();
}
