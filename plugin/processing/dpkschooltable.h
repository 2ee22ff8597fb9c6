#ifndef DPKSCHOOLTABLE_H
#define DPKSCHOOLTABLE_H

#include "dpkindicator.h"
#include "dpkperiod.h"
#include "dpkschool.h"

#include <QList>

/**
 * \brief The schools of a table in the plugin's school layout, read back from features, with the
 * indicators the table has fields for and its one school year.
 */
struct DpkSchoolTable
{
  QList<DpkSchool> schools;
  QList<DpkIndicator> indicators; //!< The catalogue's indicators the table has fields for.
  DpkPeriod period;               //!< The school year of every figure in the table.
};

#endif // DPKSCHOOLTABLE_H
