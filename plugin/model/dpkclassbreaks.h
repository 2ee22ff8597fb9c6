#ifndef DPKCLASSBREAKS_H
#define DPKCLASSBREAKS_H

#include "dpkindicator.h"

#include <QList>

/**
 * \brief Class breaks for a graduated map, computed by the project's own code.
 *
 * QGIS's classification methods differ between versions (3.22 samples Jenks above 3,000 values
 * and has no fixed intervals), so the breaks are computed here: the same values give the same
 * classes on every QGIS version. Breaks are the upper bounds of the classes, ascending; the
 * last one is the largest value.
 */
class DpkClassBreaks
{
public:
  /**
   * Returns the upper bounds of at most \a classCount classes of \a values by \a method.
   * FixedBreaks returns \a fixedBreaks unchanged. Fewer classes come back when the values have
   * fewer distinct numbers; an empty list when there are no values.
   */
  static QList<double> compute( DpkIndicator::ClassificationMethod method, QList<double> values,
                                int classCount, const QList<double> &fixedBreaks = {} );

  //! Returns breaks at equal quantiles (each class holds about as many values).
  static QList<double> quantile( const QList<double> &sortedValues, int classCount );

  //! Returns breaks at equal intervals between the smallest and the largest value.
  static QList<double> equalInterval( const QList<double> &sortedValues, int classCount );

  //! Returns Jenks natural breaks, computed exactly (no sampling), minimising the variance within
  //! classes.
  static QList<double> jenks( const QList<double> &sortedValues, int classCount );
};

#endif // DPKCLASSBREAKS_H
