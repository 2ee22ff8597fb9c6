#ifndef DPKPERIOD_H
#define DPKPERIOD_H

#include "dpkresult.h"

#include <QCoreApplication>
#include <QString>

/**
 * \brief A Swedish school year such as 2024/25, the period that Skolverket reports results for.
 *
 * Periods are ordered by their starting calendar year. An invalid (default) period sorts first.
 */
class DpkPeriod
{
  Q_DECLARE_TR_FUNCTIONS( DpkPeriod )

public:
  //! Creates an invalid period.
  DpkPeriod() = default;

  //! Creates the school year that starts in the autumn of \a startYear.
  explicit DpkPeriod( int startYear );

  /**
   * Parses a school year written as "2024/25", "2024/2025" or "2024-25". Returns an error that
   * quotes \a text when it is not a school year (for example when the years do not follow on).
   */
  static DpkResult<DpkPeriod> parse( const QString &text );

  //! Returns true for a real school year.
  bool isValid() const { return mStartYear > 0; }

  //! Returns the calendar year in which the school year starts.
  int startYear() const { return mStartYear; }

  //! Returns the school year written the way Skolverket writes it, e.g. "2024/25".
  QString toString() const;

  //! Returns the school year after this one.
  DpkPeriod next() const { return DpkPeriod( mStartYear + 1 ); }

  bool operator==( const DpkPeriod &other ) const { return mStartYear == other.mStartYear; }
  bool operator!=( const DpkPeriod &other ) const { return mStartYear != other.mStartYear; }
  bool operator<( const DpkPeriod &other ) const { return mStartYear < other.mStartYear; }

private:
  int mStartYear = 0;
};

#endif // DPKPERIOD_H
