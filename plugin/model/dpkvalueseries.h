#ifndef DPKVALUESERIES_H
#define DPKVALUESERIES_H

#include "dpkperiod.h"
#include "dpkvalue.h"

#include <QList>
#include <QMap>

/**
 * \brief One indicator's values for one school over several school years.
 *
 * The API returns several years at once and each indicator may have its own latest year, so a
 * series keeps every year it was given rather than one value.
 */
class DpkValueSeries
{
public:
  //! Sets the value for \a period, replacing an earlier one.
  void insert( const DpkPeriod &period, const DpkValue &value ) { mValues.insert( period, value ); }

  //! Returns true when the series holds a value for \a period.
  bool contains( const DpkPeriod &period ) const { return mValues.contains( period ); }

  //! Returns the value for \a period, or a missing value when the series has none.
  DpkValue value( const DpkPeriod &period ) const { return mValues.value( period ); }

  //! Returns the latest period in the series, or an invalid period for an empty series.
  DpkPeriod latestPeriod() const { return mValues.isEmpty() ? DpkPeriod() : mValues.lastKey(); }

  //! Returns the periods in the series, oldest first.
  QList<DpkPeriod> periods() const { return mValues.keys(); }

  //! Returns true when the series holds no value at all.
  bool isEmpty() const { return mValues.isEmpty(); }

private:
  QMap<DpkPeriod, DpkValue> mValues;
};

#endif // DPKVALUESERIES_H
