#ifndef DPKDEMODATA_H
#define DPKDEMODATA_H

#include "dpkresult.h"

#include <QCoreApplication>

/**
 * \brief Writes the built-in demo: the invented municipality "Demoköping" with its areas,
 * schools, year 9 results and a run configuration for them.
 *
 * A first-time user can see the whole production work without data of their own and without a
 * network. Everything is made here from fixed numbers and a seeded generator, so that the same
 * demo comes out on every machine. The results file is in the format of Skolverket's statistics
 * export and holds each of its marks ("..", ".", "~100"), so that the demo shows suppressed and
 * estimated figures too. No figure of the demo is a real school's.
 */
class DpkDemoData
{
  Q_DECLARE_TR_FUNCTIONS( DpkDemoData )

public:
  //! The demo municipality's kommunkod, which no real municipality has.
  static const QString MUNICIPALITY;
  //! File name of the area GeoPackage.
  static const QString AREAS_FILE;
  //! File name of the school point GeoPackage.
  static const QString SCHOOLS_FILE;
  //! File name of the results file in the export format.
  static const QString RESULTS_FILE;
  //! File name of the run configuration.
  static const QString RUN_FILE;
  //! The name of the run's output, "<name>.gpkg" and "<name>.qgz".
  static const QString OUTPUT_NAME;

  //! Returns the number of areas of the demo municipality.
  static int areaCount();

  /**
   * Writes the demo into \a folder, created when missing, replacing an earlier demo there.
   * The run configuration writes its output into \a outputDir, taken from \a folder when
   * relative. Returns the path of the run configuration, or an error naming the file that
   * could not be written.
   */
  static DpkResult<QString> write( const QString &folder, const QString &outputDir );
};

#endif // DPKDEMODATA_H
