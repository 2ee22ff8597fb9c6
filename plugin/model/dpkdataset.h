#ifndef DPKDATASET_H
#define DPKDATASET_H

#include "dpkperiod.h"
#include "dpkreadreport.h"
#include "dpkschool.h"

#include <QDateTime>
#include <QList>

/**
 * \brief The schools read from one source, with what the reading reported.
 */
struct DpkDataset
{
  QList<DpkSchool> schools;
  DpkPeriod period;      //!< The period the source states for all its figures, if it does.
  QDateTime retrievedAt; //!< When the data left the source (file time, or response time).
  DpkReadReport report;
};

#endif // DPKDATASET_H
