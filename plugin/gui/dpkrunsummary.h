#ifndef DPKRUNSUMMARY_H
#define DPKRUNSUMMARY_H

#include "dpkbuildresult.h"

#include <QCoreApplication>
#include <QString>

/**
 * \brief The words a finished run is reported in: what was placed, what was not and why, and how
 * many figures are suppressed per indicator.
 *
 * Kept apart from the panel so that the same text can be checked without widgets.
 */
class DpkRunSummary
{
  Q_DECLARE_TR_FUNCTIONS( DpkRunSummary )

public:
  //! Returns the name of the run's layer group, e.g. "Stockholm 2024/25".
  static QString title( const DpkBuildResult &result );

  /**
   * Returns the full summary of \a result shown in the panel: schools placed, each school not
   * placed with its reason, grouped by reason, and the suppressed figures of each indicator,
   * named in \a language.
   */
  static QString text( const DpkBuildResult &result, const QString &language );

  //! Returns the one-line message for the message bar.
  static QString headline( const DpkBuildResult &result );
};

#endif // DPKRUNSUMMARY_H
