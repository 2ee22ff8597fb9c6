#ifndef DPKAREAAGGREGATOR_H
#define DPKAREAAGGREGATOR_H

#include "dpkareafigure.h"
#include "dpkindicator.h"
#include "dpkperiod.h"
#include "dpkschool.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

/**
 * \brief Combines schools' figures into pupil-weighted figures per area.
 *
 * Only school figures that the privacy rule lets through (DpkSuppression) enter, so that no
 * hidden school figure can be worked out from its area's figure. A share or mean is combined
 * through counts: each school's figure weighs with the pupils behind
 * it (the indicator's weight indicator), never as an unweighted average. A count (an indicator
 * without a weight) is summed. A school whose figure or pupil count is not published is left out
 * and listed with the reason. An area figure resting on fewer pupils than the indicator's
 * minimum group is suppressed. A "~100" share, known only to lie between (N-4)/N and (N-1)/N for
 * N pupils, enters as that interval's midpoint and marks the area figure as estimated.
 */
class DpkAreaAggregator
{
  Q_DECLARE_TR_FUNCTIONS( DpkAreaAggregator )

public:
  //! Creates an aggregator of \a indicator's values for \a period.
  DpkAreaAggregator( const DpkIndicator &indicator, const DpkPeriod &period );

  //! Counts \a school in the area with code \a areaCode.
  void addSchool( const QString &areaCode, const DpkSchool &school );

  //! Returns the codes of the areas that received at least one school.
  QStringList areaCodes() const { return mAreas.keys(); }

  //! Returns the figure of the area \a areaCode; a missing value for an area without schools.
  DpkAreaFigure figure( const QString &areaCode ) const;

private:
  struct Sums
  {
    double weightedSum = 0.0;
    double weights = 0.0;
    bool estimated = false;
    bool anySuppressed = false; //!< A school was left out because its figure is suppressed.
    QStringList included;
    QList<DpkExcludedSchool> excluded;
  };

  void exclude( Sums &sums, const DpkSchool &school, const QString &reason ) const;
  void excludeFor( Sums &sums, const DpkSchool &school, const DpkValue &value ) const;

  DpkIndicator mIndicator;
  DpkPeriod mPeriod;
  QMap<QString, Sums> mAreas;
};

#endif // DPKAREAAGGREGATOR_H
