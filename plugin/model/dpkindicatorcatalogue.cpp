#include "dpkindicatorcatalogue.h"

#include "dpkcatalogueschema.h"
#include "dpkjsonposition.h"
#include "dpkjsonschemavalidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace
{
const QString SCHEMA_NAME = QStringLiteral( "catalogue.schema.json" );

struct DirectionKey
{
  DpkIndicator::Direction direction;
  const char *key;
};

constexpr DirectionKey DIRECTION_KEYS[] = {
    { DpkIndicator::Direction::HigherIsBetter, "higher_better" },
    { DpkIndicator::Direction::LowerIsBetter, "lower_better" },
    { DpkIndicator::Direction::Diverging, "diverging" },
    { DpkIndicator::Direction::Context, "context" },
};

struct ClassificationKey
{
  DpkIndicator::ClassificationMethod method;
  const char *key;
};

constexpr ClassificationKey CLASSIFICATION_KEYS[] = {
    { DpkIndicator::ClassificationMethod::FixedBreaks, "fixed" },
    { DpkIndicator::ClassificationMethod::Quantile, "quantile" },
    { DpkIndicator::ClassificationMethod::EqualInterval, "equal_interval" },
    { DpkIndicator::ClassificationMethod::Jenks, "jenks" },
};

//! The unit of counts of pupils, the only unit that can weight other indicators.
const QString PUPILS_UNIT = QStringLiteral( "pupils" );

QString numberText( double number )
{
  return QString::number( number, 'g', 15 );
}

QString indicatorPointer( int index )
{
  return QStringLiteral( "/indicators/%1" ).arg( index );
}

} // namespace

QString DpkIndicatorCatalogue::builtInPath()
{
  return QStringLiteral( ":/datapakarta/indicators/standard-indicators.json" );
}

DpkResult<DpkIndicatorCatalogue> DpkIndicatorCatalogue::builtIn()
{
  return fromFile( builtInPath() );
}

DpkResult<DpkIndicatorCatalogue>
DpkIndicatorCatalogue::builtInWith( const QString &organisationPath )
{
  DpkResult<DpkIndicatorCatalogue> standard = builtIn();
  if ( !standard.isOk() || organisationPath.isEmpty() )
    return standard;
  return fromFile( organisationPath, standard.value() );
}

DpkResult<DpkIndicatorCatalogue> DpkIndicatorCatalogue::fromFile( const QString &path )
{
  return fromFile( path, DpkIndicatorCatalogue() );
}

DpkResult<DpkIndicatorCatalogue> DpkIndicatorCatalogue::fromJson( const QByteArray &json,
                                                                  const QString &sourceName )
{
  return fromJson( json, sourceName, DpkIndicatorCatalogue() );
}

DpkResult<DpkIndicatorCatalogue>
DpkIndicatorCatalogue::fromFile( const QString &path, const DpkIndicatorCatalogue &base )
{
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
    return DpkResult<DpkIndicatorCatalogue>::failure(
        tr( "%1: the indicator catalogue cannot be read: %2" ).arg( path, file.errorString() ) );
  return fromJson( file.readAll(), path, base );
}

DpkResult<DpkIndicatorCatalogue>
DpkIndicatorCatalogue::fromJson( const QByteArray &json, const QString &sourceName,
                                 const DpkIndicatorCatalogue &base )
{
  using Result = DpkResult<DpkIndicatorCatalogue>;

  QJsonParseError parseError;
  const QJsonDocument document = QJsonDocument::fromJson( json, &parseError );
  if ( parseError.error != QJsonParseError::NoError )
    return Result::failure( tr( "%1:%2: not valid JSON: %3" )
                                .arg( sourceName, dpkJsonPosition( json, parseError.offset ),
                                      parseError.errorString() ) );

  const DpkResult<DpkJsonSchemaValidator> validator =
      DpkJsonSchemaValidator::fromJson( dpkCatalogueSchema(), SCHEMA_NAME );
  if ( !validator.isOk() )
    return Result::failure( validator.error() );
  const QJsonValue root =
      document.isObject() ? QJsonValue( document.object() ) : QJsonValue( document.array() );
  QStringList problems = validator.value().validate( root, sourceName );
  if ( !problems.isEmpty() )
    return Result::failure( problems.join( QLatin1Char( '\n' ) ) );

  // Rules within the file that a schema cannot express.
  const QJsonObject catalogue = document.object();
  const QJsonArray entries = catalogue.value( QLatin1String( "indicators" ) ).toArray();
  QList<DpkIndicator> indicators;
  QHash<QString, int> firstIndex;
  for ( int i = 0; i < entries.size(); ++i )
  {
    const QJsonObject entry = entries.at( i ).toObject();
    const DpkIndicator indicator = indicatorFromJson( entry );
    for ( const QString &problem : checkIndicator( indicator, indicatorPointer( i ) ) )
      problems << QStringLiteral( "%1: %2" ).arg( sourceName, problem );
    if ( firstIndex.contains( indicator.id ) )
      problems << tr( "%1: %2/id: the id \"%3\" is also used by %4" )
                      .arg( sourceName, indicatorPointer( i ), indicator.id,
                            indicatorPointer( firstIndex.value( indicator.id ) ) );
    else
      firstIndex.insert( indicator.id, i );
    indicators << indicator;
  }
  if ( !problems.isEmpty() )
    return Result::failure( problems.join( QLatin1Char( '\n' ) ) );

  // Rules between this file and the catalogue it is read on top of.
  DpkIndicatorCatalogue result = base;
  problems << result.addIndicators( indicators, sourceName );
  if ( problems.isEmpty() )
    problems << result.checkWeights();
  if ( !problems.isEmpty() )
    return Result::failure( problems.join( QLatin1Char( '\n' ) ) );

  result.mId = catalogue.value( QLatin1String( "id" ) ).toString();
  result.mNameSv = catalogue.value( QLatin1String( "nameSv" ) ).toString();
  result.mNameEn = catalogue.value( QLatin1String( "nameEn" ) ).toString();
  result.mCatalogueVersion = catalogue.value( QLatin1String( "catalogueVersion" ) ).toInt();
  result.mSourceNames << sourceName;
  return Result::success( result );
}

QString DpkIndicatorCatalogue::name( const QString &language ) const
{
  return language.startsWith( QLatin1String( "en" ) ) ? mNameEn : mNameSv;
}

const DpkIndicator *DpkIndicatorCatalogue::indicator( const QString &id ) const
{
  const int index = indexOf( id );
  return index < 0 ? nullptr : &mIndicators.at( index );
}

int DpkIndicatorCatalogue::indexOf( const QString &id ) const
{
  for ( int i = 0; i < mIndicators.size(); ++i )
  {
    if ( mIndicators.at( i ).id == id )
      return i;
  }
  return -1;
}

DpkIndicator DpkIndicatorCatalogue::indicatorFromJson( const QJsonObject &object )
{
  DpkIndicator indicator;
  indicator.id = object.value( QLatin1String( "id" ) ).toString();
  indicator.nameSv = object.value( QLatin1String( "nameSv" ) ).toString();
  indicator.nameEn = object.value( QLatin1String( "nameEn" ) ).toString();
  indicator.descriptionSv = object.value( QLatin1String( "descriptionSv" ) ).toString();
  indicator.descriptionEn = object.value( QLatin1String( "descriptionEn" ) ).toString();
  indicator.unit = object.value( QLatin1String( "unit" ) ).toString();
  indicator.decimals = object.value( QLatin1String( "decimals" ) ).toInt();
  indicator.minimum = object.value( QLatin1String( "minimum" ) ).toDouble();
  indicator.maximum = object.value( QLatin1String( "maximum" ) ).toDouble();

  const QString direction = object.value( QLatin1String( "direction" ) ).toString();
  for ( const DirectionKey &entry : DIRECTION_KEYS )
  {
    if ( direction == QLatin1String( entry.key ) )
      indicator.direction = entry.direction;
  }

  for ( const QJsonValue &column : object.value( QLatin1String( "exportColumns" ) ).toArray() )
    indicator.exportColumns << column.toString();
  indicator.apiResource = object.value( QLatin1String( "apiResource" ) ).toString();
  indicator.apiField = object.value( QLatin1String( "apiField" ) ).toString();
  indicator.apiFieldProvisional = object.value( QLatin1String( "apiFieldProvisional" ) ).toBool();
  indicator.weightIndicator = object.value( QLatin1String( "weightIndicator" ) ).toString();
  indicator.minimumGroup = object.value( QLatin1String( "minimumGroup" ) ).toInt();

  const QString classification = object.value( QLatin1String( "classification" ) ).toString();
  for ( const ClassificationKey &entry : CLASSIFICATION_KEYS )
  {
    if ( classification == QLatin1String( entry.key ) )
      indicator.classification = entry.method;
  }
  indicator.breaks.clear();
  for ( const QJsonValue &upperBound : object.value( QLatin1String( "breaks" ) ).toArray() )
    indicator.breaks << upperBound.toDouble();
  // Fixed breaks decide the number of classes; the other methods are told it.
  indicator.classCount = indicator.classification == DpkIndicator::ClassificationMethod::FixedBreaks
                             ? indicator.breaks.size()
                             : object.value( QLatin1String( "classCount" ) ).toInt();
  indicator.colorRamp = object.value( QLatin1String( "colorRamp" ) ).toString();
  indicator.labelFormat = object.value( QLatin1String( "labelFormat" ) ).toString();
  indicator.replaces = object.value( QLatin1String( "replaces" ) ).toBool();
  return indicator;
}

QStringList DpkIndicatorCatalogue::checkIndicator( const DpkIndicator &indicator,
                                                   const QString &pointer )
{
  QStringList problems;
  if ( indicator.maximum <= indicator.minimum )
    problems << tr( "%1/maximum: expected a number greater than the minimum %2, found %3" )
                    .arg( pointer, numberText( indicator.minimum ),
                          numberText( indicator.maximum ) );

  const bool fixed = indicator.classification == DpkIndicator::ClassificationMethod::FixedBreaks;
  if ( fixed && indicator.breaks.isEmpty() )
    problems << tr( "%1: the fixed classification needs \"breaks\", the upper bounds of its "
                    "classes" )
                    .arg( pointer );
  if ( !fixed && !indicator.breaks.isEmpty() )
    problems << tr( "%1/breaks: only the fixed classification takes breaks; %2 computes them "
                    "from the data" )
                    .arg( pointer, classificationKey( indicator.classification ) );
  if ( !fixed && indicator.classCount == 0 )
    problems << tr( "%1: the %2 classification needs \"classCount\", the number of classes" )
                    .arg( pointer, classificationKey( indicator.classification ) );

  // Each break is the upper bound of a class: rising, above the minimum, the last one closing
  // the range so that every valid value falls in a class.
  double lower = indicator.minimum;
  for ( int i = 0; i < indicator.breaks.size() && fixed; ++i )
  {
    const double upperBound = indicator.breaks.at( i );
    const QString breakPointer = QStringLiteral( "%1/breaks/%2" ).arg( pointer ).arg( i );
    if ( upperBound <= lower )
      problems << tr( "%1: expected a break greater than %2, found %3" )
                      .arg( breakPointer, numberText( lower ), numberText( upperBound ) );
    if ( i == indicator.breaks.size() - 1 && upperBound != indicator.maximum )
      problems << tr( "%1: expected the last break to equal the maximum %2, found %3" )
                      .arg( breakPointer, numberText( indicator.maximum ),
                            numberText( upperBound ) );
    lower = upperBound;
  }

  if ( indicator.apiField.isEmpty() != indicator.apiResource.isEmpty() )
    problems << tr( "%1: \"apiField\" and \"apiResource\" go together; found only one of them" )
                    .arg( pointer );
  if ( indicator.apiFieldProvisional && indicator.apiField.isEmpty() )
    problems << tr( "%1/apiFieldProvisional: set without an \"apiField\"" ).arg( pointer );
  if ( indicator.weightIndicator == indicator.id )
    problems << tr( "%1/weightIndicator: an indicator cannot weight itself" ).arg( pointer );
  return problems;
}

QStringList DpkIndicatorCatalogue::addIndicators( const QList<DpkIndicator> &indicators,
                                                  const QString &sourceName )
{
  QStringList problems;
  for ( int i = 0; i < indicators.size(); ++i )
  {
    const DpkIndicator &indicator = indicators.at( i );
    const int existing = indexOf( indicator.id );
    if ( existing >= 0 && !indicator.replaces )
    {
      problems << tr( "%1: %2/id: the id \"%3\" is already defined in %4 at %5; set "
                      "\"replaces\": true to replace that indicator" )
                      .arg( sourceName, indicatorPointer( i ), indicator.id,
                            mSources.value( indicator.id ), mPointers.value( indicator.id ) );
      continue;
    }
    if ( existing < 0 && indicator.replaces )
    {
      problems << tr( "%1: %2/replaces: no indicator with the id \"%3\" was defined before this "
                      "file, so there is nothing to replace" )
                      .arg( sourceName, indicatorPointer( i ), indicator.id );
      continue;
    }

    // A replacement may protect pupils more, never less: a smaller minimum group would show
    // figures the replaced indicator hides.
    if ( existing >= 0 && indicator.minimumGroup < mIndicators.at( existing ).minimumGroup )
    {
      problems << tr( "%1: %2/minimumGroup: %3 is smaller than the minimum group %4 of \"%5\" in "
                      "%6; a replacement may raise the minimum group, not lower it" )
                      .arg( sourceName, indicatorPointer( i ) )
                      .arg( indicator.minimumGroup )
                      .arg( mIndicators.at( existing ).minimumGroup )
                      .arg( indicator.id, mSources.value( indicator.id ) );
      continue;
    }

    if ( existing >= 0 )
      mIndicators[ existing ] = indicator;
    else
      mIndicators << indicator;
    mSources.insert( indicator.id, sourceName );
    mPointers.insert( indicator.id, indicatorPointer( i ) );
  }
  return problems;
}

QStringList DpkIndicatorCatalogue::checkWeights() const
{
  QStringList problems;
  for ( const DpkIndicator &indicator : mIndicators )
  {
    if ( indicator.weightIndicator.isEmpty() )
      continue;
    const QString place =
        QStringLiteral( "%1: %2/weightIndicator" )
            .arg( mSources.value( indicator.id ), mPointers.value( indicator.id ) );
    const DpkIndicator *weight = this->indicator( indicator.weightIndicator );
    if ( !weight )
      problems
          << tr( "%1: no indicator has the id \"%2\"" ).arg( place, indicator.weightIndicator );
    else if ( weight->unit != PUPILS_UNIT )
      problems << tr( "%1: expected the id of a count of pupils, found \"%2\" whose unit is %3" )
                      .arg( place, indicator.weightIndicator, weight->unit );
  }
  return problems;
}

QByteArray DpkIndicatorCatalogue::toJson() const
{
  QJsonArray indicators;
  for ( const DpkIndicator &indicator : mIndicators )
    indicators.append( indicatorToJson( indicator ) );

  QJsonObject catalogue;
  catalogue.insert( QStringLiteral( "catalogueVersion" ), FORMAT_VERSION );
  catalogue.insert( QStringLiteral( "id" ), mId );
  catalogue.insert( QStringLiteral( "nameSv" ), mNameSv );
  catalogue.insert( QStringLiteral( "nameEn" ), mNameEn );
  catalogue.insert( QStringLiteral( "indicators" ), indicators );
  return QJsonDocument( catalogue ).toJson( QJsonDocument::Indented );
}

QJsonObject DpkIndicatorCatalogue::indicatorToJson( const DpkIndicator &indicator )
{
  QJsonObject object;
  object.insert( QStringLiteral( "id" ), indicator.id );
  object.insert( QStringLiteral( "nameSv" ), indicator.nameSv );
  object.insert( QStringLiteral( "nameEn" ), indicator.nameEn );
  object.insert( QStringLiteral( "descriptionSv" ), indicator.descriptionSv );
  object.insert( QStringLiteral( "descriptionEn" ), indicator.descriptionEn );
  object.insert( QStringLiteral( "unit" ), indicator.unit );
  object.insert( QStringLiteral( "decimals" ), indicator.decimals );
  object.insert( QStringLiteral( "minimum" ), indicator.minimum );
  object.insert( QStringLiteral( "maximum" ), indicator.maximum );
  object.insert( QStringLiteral( "direction" ), directionKey( indicator.direction ) );
  object.insert( QStringLiteral( "exportColumns" ),
                 QJsonArray::fromStringList( indicator.exportColumns ) );
  if ( !indicator.apiField.isEmpty() )
  {
    object.insert( QStringLiteral( "apiResource" ), indicator.apiResource );
    object.insert( QStringLiteral( "apiField" ), indicator.apiField );
  }
  if ( indicator.apiFieldProvisional )
    object.insert( QStringLiteral( "apiFieldProvisional" ), true );
  if ( !indicator.weightIndicator.isEmpty() )
    object.insert( QStringLiteral( "weightIndicator" ), indicator.weightIndicator );
  object.insert( QStringLiteral( "minimumGroup" ), indicator.minimumGroup );
  object.insert( QStringLiteral( "classification" ),
                 classificationKey( indicator.classification ) );
  if ( indicator.classification == DpkIndicator::ClassificationMethod::FixedBreaks )
  {
    QJsonArray breaks;
    for ( const double upperBound : indicator.breaks )
      breaks.append( upperBound );
    object.insert( QStringLiteral( "breaks" ), breaks );
  }
  else
  {
    object.insert( QStringLiteral( "classCount" ), indicator.classCount );
  }
  object.insert( QStringLiteral( "colorRamp" ), indicator.colorRamp );
  object.insert( QStringLiteral( "labelFormat" ), indicator.labelFormat );
  return object;
}

QString DpkIndicatorCatalogue::unitName( const QString &unit )
{
  if ( unit == QLatin1String( "points" ) )
    return tr( "points" );
  if ( unit == QLatin1String( "percent" ) )
    return tr( "percent" );
  if ( unit == QLatin1String( "percentage_points" ) )
    return tr( "percentage points" );
  if ( unit == PUPILS_UNIT )
    return tr( "pupils" );
  if ( unit == QLatin1String( "pupils_per_teacher" ) )
    return tr( "pupils per teacher" );
  return unit;
}

QString DpkIndicatorCatalogue::directionKey( DpkIndicator::Direction direction )
{
  for ( const DirectionKey &entry : DIRECTION_KEYS )
  {
    if ( entry.direction == direction )
      return QString::fromLatin1( entry.key );
  }
  return QString();
}

QString DpkIndicatorCatalogue::classificationKey( DpkIndicator::ClassificationMethod method )
{
  for ( const ClassificationKey &entry : CLASSIFICATION_KEYS )
  {
    if ( entry.method == method )
      return QString::fromLatin1( entry.key );
  }
  return QString();
}
