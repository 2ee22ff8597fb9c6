#include "dpkareaaggregator.h"

#include "dpksuppression.h"

DpkAreaAggregator::DpkAreaAggregator( const DpkIndicator &indicator, const DpkPeriod &period )
  : mIndicator( indicator )
  , mPeriod( period )
{
}

void DpkAreaAggregator::addSchool( const QString &areaCode, const DpkSchool &school )
{
  Sums &sums = mAreas[ areaCode ];
  // Only a figure that may be shown enters: one left out of the school layer for resting on too
  // few pupils must not be recoverable from the difference it makes to its area's figure.
  const DpkValue value = DpkSuppression::shownValue( mIndicator, school, mPeriod );

  // A count is summed as it is: its own value is the number of pupils behind it.
  if ( mIndicator.weightIndicator.isEmpty() )
  {
    if ( !value.hasNumber() )
    {
      excludeFor( sums, school, value );
      return;
    }
    sums.weightedSum += value.number();
    sums.weights += value.number();
    sums.estimated = sums.estimated || value.status() == DpkValue::Status::Approximate;
    sums.included.append( school.code );
    return;
  }

  // A figure that is not shown (suppressed, missing, ...) says why first: an area whose schools
  // are all suppressed is itself suppressed, not missing.
  if ( !value.hasNumber() && value.status() != DpkValue::Status::RoundedNear100 )
  {
    excludeFor( sums, school, value );
    return;
  }
  const DpkValue weight = school.values.value( mIndicator.weightIndicator ).value( mPeriod );
  if ( !weight.hasNumber() )
  {
    exclude( sums, school,
             tr( "no pupil count: %1" ).arg( DpkValue::statusDescription( weight.status() ) ) );
    return;
  }
  if ( weight.number() <= 0.0 )
  {
    exclude( sums, school, tr( "a pupil count of %1 gives it no weight" ).arg( weight.number() ) );
    return;
  }
  const double pupils = weight.number();

  double number = 0.0;
  if ( value.status() == DpkValue::Status::RoundedNear100 )
  {
    // 1 to 4 of the N pupils did not reach it: the share lies in [(N-4)/N, (N-1)/N].
    if ( pupils < 5.0 )
    {
      exclude( sums, school, tr( "near 100 with too few pupils to bound the share" ) );
      return;
    }
    number = 100.0 * ( pupils - 2.5 ) / pupils;
    sums.estimated = true;
  }
  else
  {
    number = value.number();
    if ( !mIndicator.isInRange( number ) )
    {
      exclude( sums, school,
               tr( "value %1 outside the valid range %2 to %3" )
                   .arg( number )
                   .arg( mIndicator.minimum )
                   .arg( mIndicator.maximum ) );
      return;
    }
  }

  sums.weightedSum += number * pupils;
  sums.weights += pupils;
  sums.included.append( school.code );
}

DpkAreaFigure DpkAreaAggregator::figure( const QString &areaCode ) const
{
  DpkAreaFigure figure;
  figure.areaCode = areaCode;
  const auto it = mAreas.constFind( areaCode );
  if ( it == mAreas.constEnd() )
    return figure;

  const Sums &sums = it.value();
  figure.pupils = sums.weights;
  figure.includedSchools = sums.included;
  figure.excludedSchools = sums.excluded;
  figure.estimated = sums.estimated;
  // Schools whose figures are all hidden for privacy make a suppressed area, not a missing one.
  if ( sums.included.isEmpty() )
    figure.value = DpkValue::fromStatus( sums.anySuppressed ? DpkValue::Status::SuppressedFewPupils
                                                            : DpkValue::Status::Missing );
  else if ( sums.weights < mIndicator.minimumGroup )
    figure.value = DpkValue::fromStatus( DpkValue::Status::SuppressedFewPupils );
  else if ( mIndicator.weightIndicator.isEmpty() )
    figure.value = DpkValue::fromNumber( sums.weightedSum );
  else
    figure.value = DpkValue::fromNumber( sums.weightedSum / sums.weights );
  return figure;
}

void DpkAreaAggregator::exclude( Sums &sums, const DpkSchool &school, const QString &reason ) const
{
  sums.excluded.append( { school.code, school.name, reason } );
}

void DpkAreaAggregator::excludeFor( Sums &sums, const DpkSchool &school,
                                    const DpkValue &value ) const
{
  sums.anySuppressed =
      sums.anySuppressed || value.status() == DpkValue::Status::SuppressedFewPupils;
  exclude( sums, school, DpkValue::statusDescription( value.status() ) );
}
