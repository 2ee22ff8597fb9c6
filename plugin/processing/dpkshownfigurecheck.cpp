#include "dpkshownfigurecheck.h"

#include "dpklayerfields.h"
#include "dpksuppression.h"

#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsfeaturesource.h>
#include <qgsfeedback.h>

DpkResult<int> DpkShownFigureCheck::check( const QgsFeatureSource &source,
                                           const DpkIndicator &indicator, const QString &sourceName,
                                           QgsFeedback *feedback )
{
  using Result = DpkResult<int>;
  const QgsFields fields = source.fields();
  for ( const QString &field :
        { DpkLayerFields::value( indicator.id ), DpkLayerFields::status( indicator.id ) } )
  {
    if ( fields.lookupField( field ) < 0 )
      return Result::failure(
          tr( "%1: no field '%2'; expected a layer made by Place schools or Aggregate to areas "
              "with the indicator's number and its status; the layer has %3" )
              .arg( sourceName, field, fields.names().join( QStringLiteral( ", " ) ) ) );
  }

  int numbers = 0;
  QgsFeatureIterator features =
      source.getFeatures( QgsFeatureRequest().setFlags( QgsFeatureRequest::NoGeometry ) );
  QgsFeature feature;
  while ( features.nextFeature( feature ) )
  {
    if ( feedback && feedback->isCanceled() )
      return Result::failure( tr( "%1: checking the figures was cancelled" ).arg( sourceName ) );
    const Result checked = checkFeature( feature, indicator, sourceName );
    if ( !checked.isOk() )
      return checked;
    numbers += checked.value();
  }
  return Result::success( numbers );
}

DpkResult<int> DpkShownFigureCheck::checkFeature( const QgsFeature &feature,
                                                  const DpkIndicator &indicator,
                                                  const QString &sourceName )
{
  using Result = DpkResult<int>;
  const QgsFields fields = feature.fields();
  const QString valueField = DpkLayerFields::value( indicator.id );
  const QVariant value = feature.attribute( fields.lookupField( valueField ) );
  if ( value.isNull() )
    return Result::success( 0 );
  const QString where =
      tr( "%1, feature %2, field '%3'" ).arg( sourceName ).arg( feature.id() ).arg( valueField );
  bool isNumber = false;
  const double number = value.toDouble( &isNumber );
  if ( !isNumber )
    return Result::failure(
        tr( "%1: '%2'; expected a number or nothing" ).arg( where, value.toString() ) );

  // A number is shown only beside a status that says there is one.
  const QString statusField = DpkLayerFields::status( indicator.id );
  const QString key = feature.attribute( fields.lookupField( statusField ) ).toString().trimmed();
  const std::optional<DpkValue::Status> status = DpkValue::statusFromKey( key );
  if ( !status ||
       ( *status != DpkValue::Status::Exists && *status != DpkValue::Status::Approximate ) )
    return Result::failure( tr( "%1: the number %2 beside the status '%3' in the field '%4'; a "
                                "number may be shown only with the status 'exists' or "
                                "'approximate'" )
                                .arg( where )
                                .arg( number )
                                .arg( key, statusField ) );

  // An area figure carries the pupils behind it.
  const int pupilsIndex = fields.lookupField( DpkLayerFields::pupils( indicator.id ) );
  if ( pupilsIndex >= 0 )
  {
    const QVariant pupils = feature.attribute( pupilsIndex );
    if ( pupils.isNull() || pupils.toDouble() < indicator.minimumGroup )
      return Result::failure(
          tr( "%1: the figure %2 rests on %3 pupils (field '%4'); the "
              "minimum group of %5 is %6" )
              .arg( where )
              .arg( number )
              .arg( pupils.isNull() ? tr( "an unknown number of" ) : pupils.toString() )
              .arg( DpkLayerFields::pupils( indicator.id ), indicator.id )
              .arg( indicator.minimumGroup ) );
    return Result::success( 1 );
  }

  // A school figure is judged as the school tables judge it, by its weight indicator's count.
  const DpkPeriod anyPeriod;
  DpkSchool school;
  school.values[ indicator.id ].insert( anyPeriod, *status == DpkValue::Status::Approximate
                                                       ? DpkValue::fromApproximateNumber( number )
                                                       : DpkValue::fromNumber( number ) );
  const QString weightField = indicator.weightIndicator.isEmpty()
                                  ? valueField
                                  : DpkLayerFields::value( indicator.weightIndicator );
  const QVariant weight = feature.attribute( fields.lookupField( weightField ) );
  bool weightIsNumber = false;
  const double pupils = weight.isNull() ? 0.0 : weight.toDouble( &weightIsNumber );
  if ( !indicator.weightIndicator.isEmpty() && weightIsNumber )
    school.values[ indicator.weightIndicator ].insert( anyPeriod, DpkValue::fromNumber( pupils ) );
  if ( DpkSuppression::shownValue( indicator, school, anyPeriod ).hasNumber() )
    return Result::success( 1 );
  return Result::failure(
      tr( "%1: the figure %2 rests on %3 pupils (field '%4'); the minimum "
          "group of %5 is %6" )
          .arg( where )
          .arg( number )
          .arg( weightIsNumber ? weight.toString() : tr( "an unknown number of" ) )
          .arg( weightField, indicator.id )
          .arg( indicator.minimumGroup ) );
}
