#ifndef DPKPOINTLOCATIONREADER_H
#define DPKPOINTLOCATIONREADER_H

#include "dpkdataset.h"
#include "dpkresult.h"

#include <QCoreApplication>

class QgsFeatureSource;
class QgsFeedback;

/**
 * \brief Reads school locations from any point source: an administration's own register, a file
 * or a layer handed over by QGIS's Processing framework.
 *
 * Each point becomes a school with its skolenhetskod and position; a point without a code is
 * rejected with its feature id, and a school without geometry is kept without a position, so that
 * the build reports it as unplaced.
 */
class DpkPointLocationReader
{
  Q_DECLARE_TR_FUNCTIONS( DpkPointLocationReader )

public:
  /**
   * Reads every feature of \a source, with the school's code in \a codeField. \a sourceName
   * names the source in errors: a source that is not of points, a missing field (the error lists
   * the fields there are). \a feedback reports progress and may cancel.
   */
  static DpkResult<DpkDataset> read( const QgsFeatureSource &source, const QString &codeField,
                                     const QString &sourceName, QgsFeedback *feedback = nullptr );
};

#endif // DPKPOINTLOCATIONREADER_H
