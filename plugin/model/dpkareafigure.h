#ifndef DPKAREAFIGURE_H
#define DPKAREAFIGURE_H

#include "dpkvalue.h"

#include <QList>
#include <QString>

/**
 * \brief A school left out of an area's figure, and why.
 */
struct DpkExcludedSchool
{
  QString code;
  QString name;
  QString reason; //!< In the user's language, e.g. "suppressed: based on too few pupils".
};

/**
 * \brief One indicator's figure for one area, with the basis it rests on.
 *
 * The basis travels with the figure so that a map, a table or a printed page can always say
 * which schools and how many pupils are behind it, and which schools were left out.
 */
struct DpkAreaFigure
{
  QString areaCode;
  DpkValue value;         //!< Suppressed when fewer pupils than the minimum group stand behind it.
  bool estimated = false; //!< True when a "~100" share entered as its interval's midpoint.
  double pupils = 0.0;    //!< Pupils behind the figure (the weights summed).
  QStringList includedSchools; //!< Codes of the schools in the figure.
  QList<DpkExcludedSchool> excludedSchools;
};

#endif // DPKAREAFIGURE_H
