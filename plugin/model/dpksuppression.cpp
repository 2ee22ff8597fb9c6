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
  const bool groupKnown = group.hasNumber();
  const bool tooSmall = groupKnown ? group.number() < indicator.minimumGroup
                                   : indicator.minimumGroup > SKOLVERKET_MINIMUM_GROUP;
  if ( tooSmall )
    return DpkValue::fromStatus( DpkValue::Status::SuppressedFewPupils );
  return value;
}
