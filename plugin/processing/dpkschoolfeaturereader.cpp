#include "dpkschoolfeaturereader.h"

#include "dpkfeaturelocation.h"
#include "dpklayerfields.h"

#include <qgsfeatureiterator.h>
#include <qgsfeaturesource.h>
#include <qgsfeedback.h>

#include <algorithm>

namespace
{
const QString CODE_FIELD = QStringLiteral( "skolenhetskod" );

QString text( const QgsFeature &feature, const QString &field )
{
  const int index = feature.fields().lookupField( field );
  if ( index < 0 )
    return QString();
  const QVariant value = feature.attribute( index );
  return value.isNull() ? QString() : value.toString().trimmed();
}
} // namespace

DpkResult<DpkSchoolTable> DpkSchoolFeatureReader::read( const QgsFeatureSource &source,
                                                        const DpkIndicatorCatalogue &catalogue,
                                                        const QString &sourceName,
                                                        QgsFeedback *feedback )
{
  using Result = DpkResult<DpkSchoolTable>;
  const QgsFields fields = source.fields();
  if ( fields.lookupField( CODE_FIELD ) < 0 )
  {
    return Result::failure(
        tr( "%1: no field '%2'; expected a table of schools such as the "
            "output of Read results; the layer has %3" )
            .arg( sourceName, CODE_FIELD, fields.names().join( QStringLiteral( ", " ) ) ) );
  }

  DpkSchoolTable table;
  for ( const DpkIndicator &indicator : catalogue.indicators() )
  {
    if ( fields.lookupField( DpkLayerFields::value( indicator.id ) ) >= 0 &&
         fields.lookupField( DpkLayerFields::status( indicator.id ) ) >= 0 &&
         fields.lookupField( DpkLayerFields::period( indicator.id ) ) >= 0 )
      table.indicators.append( indicator );
  }
  if ( table.indicators.isEmpty() )
  {
    return Result::failure(
        tr( "%1: no indicator of the catalogue; expected for each indicator a field of its "
            "number, its status and its school year, such as meritvarde, meritvarde_status and "
            "meritvarde_period" )
            .arg( sourceName ) );
  }

  const QString crs = DpkFeatureLocation::crsText( source.sourceCrs() );
  const double count = std::max( 1.0, static_cast<double>( source.featureCount() ) );
  int done = 0;
  QgsFeatureIterator features = source.getFeatures();
  QgsFeature feature;
  while ( features.nextFeature( feature ) )
  {
    if ( feedback && feedback->isCanceled() )
      return Result::failure( tr( "%1: reading was cancelled" ).arg( sourceName ) );
    if ( feedback )
      feedback->setProgress( 100.0 * ++done / count );

    DpkSchool school;
    school.code = text( feature, CODE_FIELD );
    if ( school.code.isEmpty() )
    {
      return Result::failure( tr( "%1, feature %2: the field '%3' is empty; expected a "
                                  "skolenhetskod" )
                                  .arg( sourceName )
                                  .arg( feature.id() )
                                  .arg( CODE_FIELD ) );
    }
    school.name = text( feature, QStringLiteral( "namn" ) );
    school.municipalityCode = text( feature, QStringLiteral( "kommunkod" ) );
    school.municipalityName = text( feature, QStringLiteral( "kommun" ) );
    school.organiserType = text( feature, QStringLiteral( "huvudmannatyp" ) );
    school.organiser = text( feature, QStringLiteral( "huvudman" ) );
    school.location = DpkFeatureLocation::of( feature, crs );

    for ( const DpkIndicator &indicator : table.indicators )
    {
      const QString periodField = DpkLayerFields::period( indicator.id );
      const DpkResult<DpkPeriod> period = DpkPeriod::parse( text( feature, periodField ) );
      if ( !period.isOk() )
      {
        return Result::failure( tr( "%1, feature %2, field '%3': %4" )
                                    .arg( sourceName )
                                    .arg( feature.id() )
                                    .arg( periodField, period.error() ) );
      }
      // One table holds one school year, as DpkLayerTableBuilder writes it.
      if ( table.period.isValid() && period.value() != table.period )
      {
        return Result::failure(
            tr( "%1, feature %2, field '%3': the school year %4; expected "
                "one school year for the whole table, %5" )
                .arg( sourceName )
                .arg( feature.id() )
                .arg( periodField, period.value().toString(), table.period.toString() ) );
      }
      table.period = period.value();
      const DpkResult<DpkValue> value = readValue( feature, indicator, sourceName );
      if ( !value.isOk() )
        return Result::failure( value.error() );
      school.values[ indicator.id ].insert( table.period, value.value() );
    }
    table.schools.append( school );
  }
  return Result::success( table );
}

DpkResult<DpkValue> DpkSchoolFeatureReader::readValue( const QgsFeature &feature,
                                                       const DpkIndicator &indicator,
                                                       const QString &sourceName )
{
  using Result = DpkResult<DpkValue>;
  const QString statusField = DpkLayerFields::status( indicator.id );
  const QString key = text( feature, statusField );
  const std::optional<DpkValue::Status> status = DpkValue::statusFromKey( key );
  if ( !status )
  {
    QStringList keys;
    for ( const DpkValue::Status each : DpkValue::allStatuses() )
      keys << DpkValue::statusKey( each );
    return Result::failure( tr( "%1, feature %2, field '%3': the status '%4'; expected one of %5" )
                                .arg( sourceName )
                                .arg( feature.id() )
                                .arg( statusField, key, keys.join( QStringLiteral( ", " ) ) ) );
  }
  if ( *status != DpkValue::Status::Exists && *status != DpkValue::Status::Approximate )
    return Result::success( DpkValue::fromStatus( *status ) );

  // A status that says there is a number needs one: a missing number is never read as 0.
  const QString valueField = DpkLayerFields::value( indicator.id );
  const QVariant number = feature.attribute( feature.fields().lookupField( valueField ) );
  bool isNumber = false;
  const double parsed = number.isNull() ? 0.0 : number.toDouble( &isNumber );
  if ( !isNumber )
  {
    return Result::failure( tr( "%1, feature %2, field '%3': '%4'; expected a number, as the "
                                "status '%5' says" )
                                .arg( sourceName )
                                .arg( feature.id() )
                                .arg( valueField, number.toString(), key ) );
  }
  return Result::success( *status == DpkValue::Status::Approximate
                              ? DpkValue::fromApproximateNumber( parsed )
                              : DpkValue::fromNumber( parsed ) );
}
