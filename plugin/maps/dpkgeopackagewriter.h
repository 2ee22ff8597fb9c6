#ifndef DPKGEOPACKAGEWRITER_H
#define DPKGEOPACKAGEWRITER_H

#include "dpklayertable.h"
#include "dpkresult.h"

#include <QCoreApplication>

class QgsFeedback;

/**
 * \brief Writes the plugin's layers into one GeoPackage, all or nothing.
 *
 * Everything is written into a temporary file beside the target first. Only when every layer
 * was written does it replace the target, so that a failed or cancelled run leaves an earlier
 * GeoPackage exactly as it was. Safe to use in a background task.
 */
class DpkGeoPackageWriter
{
  Q_DECLARE_TR_FUNCTIONS( DpkGeoPackageWriter )

public:
  /**
   * Writes \a tables into the GeoPackage \a path, replacing it when it exists. Returns the path
   * written, or an error naming the file and the layer that failed.
   */
  static DpkResult<QString> write( const QString &path, const QList<DpkLayerTable> &tables,
                                   QgsFeedback *feedback = nullptr );

private:
  static QString writeTable( const QString &path, const DpkLayerTable &table, bool firstTable,
                             QgsFeedback *feedback );
  static QString replace( const QString &partial, const QString &path );
};

#endif // DPKGEOPACKAGEWRITER_H
