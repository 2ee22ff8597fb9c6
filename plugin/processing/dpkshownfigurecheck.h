#ifndef DPKSHOWNFIGURECHECK_H
#define DPKSHOWNFIGURECHECK_H

#include "dpkindicator.h"
#include "dpkresult.h"

#include <QCoreApplication>

class QgsFeature;
class QgsFeatureSource;
class QgsFeedback;

/**
 * \brief Applies the privacy rule again to the numbers of one indicator in a layer that is about
 * to be styled or printed.
 *
 * Style results and Make map sheet accept any layer, also one edited by hand or made under an
 * older, lower minimum group. Such a layer may hold a number that the current rule hides, so
 * each number is checked before it is shown: it needs the status 'exists' or 'approximate', and
 * the pupils behind it must reach the indicator's minimum group (the area layer's pupil field,
 * or a school's weight indicator, judged as DpkSuppression judges it).
 */
class DpkShownFigureCheck
{
  Q_DECLARE_TR_FUNCTIONS( DpkShownFigureCheck )

public:
  /**
   * Returns how many numbers of \a indicator \a source holds, all of which may be shown; else an
   * error naming \a sourceName, the feature, the field and the rule that hides the number.
   * \a feedback may cancel.
   */
  static DpkResult<int> check( const QgsFeatureSource &source, const DpkIndicator &indicator,
                               const QString &sourceName, QgsFeedback *feedback = nullptr );

private:
  static DpkResult<int> checkFeature( const QgsFeature &feature, const DpkIndicator &indicator,
                                      const QString &sourceName );
};

#endif // DPKSHOWNFIGURECHECK_H
