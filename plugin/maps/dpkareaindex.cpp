#include "dpkareaindex.h"

#include <qgsfeatureiterator.h>
#include <qgsfeaturesource.h>
#include <qgsfeedback.h>
#include <qgsgeometryengine.h>
#include <qgswkbtypes.h>

#include <QSet>

#include <algorithm>

DpkAreaIndex::DpkAreaIndex( DpkAreaIndex && ) noexcept = default;
DpkAreaIndex &DpkAreaIndex::operator=( DpkAreaIndex && ) noexcept = default;
DpkAreaIndex::~DpkAreaIndex() = default;

DpkResult<DpkAreaIndex> DpkAreaIndex::build( const QgsFeatureSource &source,
                                             const QString &codeField, const QString &nameField,
                                             const QString &sourceName, QgsFeedback *feedback )
{
  const QgsFields fields = source.fields();
  for ( const QString &field : { codeField, nameField } )
  {
    if ( fields.lookupField( field ) < 0 )
    {
      return DpkResult<DpkAreaIndex>::failure(
          tr( "%1: no field '%2'; the layer has the fields %3" )
              .arg( sourceName, field, fields.names().join( QStringLiteral( ", " ) ) ) );
    }
  }
  // Shapefiles store polygons as PolygonZM and the like: only the geometry type matters.
  if ( QgsWkbTypes::geometryType( source.wkbType() ) != QgsWkbTypes::PolygonGeometry )
  {
    return DpkResult<DpkAreaIndex>::failure(
        tr( "%1: expected a layer of polygons, found %2" )
            .arg( sourceName, QgsWkbTypes::displayString( source.wkbType() ) ) );
  }

  DpkAreaIndex index;
  index.mCrs = source.sourceCrs();
  index.mIndex = std::make_unique<QgsSpatialIndex>();
  const int codeIndex = fields.lookupField( codeField );
  const int nameIndex = fields.lookupField( nameField );
  QgsFeatureIterator features = source.getFeatures(
      QgsFeatureRequest().setSubsetOfAttributes( QgsAttributeList{ codeIndex, nameIndex } ) );
  QgsFeature feature;
  while ( features.nextFeature( feature ) )
  {
    if ( feedback && feedback->isCanceled() )
      return DpkResult<DpkAreaIndex>::failure(
          tr( "%1: reading the areas was cancelled" ).arg( sourceName ) );
    const QString code = feature.attribute( codeIndex ).toString().trimmed();
    if ( code.isEmpty() )
    {
      return DpkResult<DpkAreaIndex>::failure(
          tr( "%1: feature %2 has no value in the code field '%3'" )
              .arg( sourceName )
              .arg( feature.id() )
              .arg( codeField ) );
    }
    if ( !feature.hasGeometry() || feature.geometry().isEmpty() )
      continue;

    const QgsGeometry geometry = feature.geometry();
    std::unique_ptr<QgsGeometryEngine> engine(
        QgsGeometry::createGeometryEngine( geometry.constGet() ) );
    engine->prepareGeometry();
    QgsFeature entry( static_cast<QgsFeatureId>( index.mPolygons.size() ) );
    entry.setGeometry( geometry );
    index.mIndex->addFeature( entry );
    index.mPolygons.push_back(
        { code, feature.attribute( nameIndex ).toString().trimmed(), geometry } );
    index.mEngines.push_back( std::move( engine ) );
  }
  return DpkResult<DpkAreaIndex>::success( std::move( index ) );
}

QList<DpkArea> DpkAreaIndex::areas() const
{
  QList<DpkArea> result;
  QSet<QString> seen;
  for ( const DpkArea &polygon : mPolygons )
  {
    if ( !seen.contains( polygon.code ) )
    {
      seen.insert( polygon.code );
      result.append( polygon );
    }
  }
  return result;
}

QString DpkAreaIndex::locate( const QgsPointXY &point ) const
{
  QList<QgsFeatureId> candidates = mIndex->intersects( QgsRectangle( point, point ) );
  std::sort( candidates.begin(), candidates.end() );
  const QgsPoint where( point );
  for ( const QgsFeatureId id : candidates )
  {
    if ( mEngines[ static_cast<size_t>( id ) ]->intersects( &where ) )
      return mPolygons[ static_cast<size_t>( id ) ].code;
  }
  return QString();
}
