#ifndef DPKSUPPRESSION_H
#define DPKSUPPRESSION_H

#include "dpkindicator.h"
#include "dpkperiod.h"
#include "dpkschool.h"

/**
 * \brief The privacy rule for school figures: which published figures may be shown.
 *
 * Skolverket already suppresses school figures based on fewer than 10 pupils. An administration
 * may set a larger minimum group for an indicator; then a school figure resting on fewer pupils
 * than that minimum, or on a pupil count that is not published, is suppressed here as well,
 * before it reaches any layer, label, table or page.
 */
class DpkSuppression
{
public:
  //! The smallest group Skolverket publishes a school figure for.
  static constexpr int SKOLVERKET_MINIMUM_GROUP = 10;

  //! Returns \a indicator's value for \a school in \a period as it may be shown.
  static DpkValue shownValue( const DpkIndicator &indicator, const DpkSchool &school,
                              const DpkPeriod &period );
};

#endif // DPKSUPPRESSION_H
