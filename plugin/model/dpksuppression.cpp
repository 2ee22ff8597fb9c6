#include "dpksuppression.h"

DpkValue DpkSuppression::shownValue( const DpkIndicator &indicator, const DpkSchool &school,
                                     const DpkPeriod &period )
{
  const DpkValue value = school.values.value( indicator.id ).value( period );
  if ( !value.hasNumber() )
    return value;

  // A count is its own group size; other figures rest on the pupils of their weight indicator.
  const DpkValue group = indicator.weightIndicator.isEmpty()
                             ? value
                             : school.values.value( indicator.weightIndicator ).value( period );
  // A count published as ".." says the group is too small, whatever the figure beside it says;
  // an unpublished count leaves Skolverket's own minimum, which the figure was published under.
  const bool groupKnown = group.hasNumber();
  const bool groupSuppressed = group.status() == DpkValue::Status::SuppressedFewPupils;
  const bool tooSmall = groupKnown
                            ? group.number() < indicator.minimumGroup
                            : groupSuppressed || indicator.minimumGroup > SKOLVERKET_MINIMUM_GROUP;
  if ( tooSmall )
    return DpkValue::fromStatus( DpkValue::Status::SuppressedFewPupils );
  return value;
}
