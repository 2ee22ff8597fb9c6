#ifndef DPKAREAINDEX_H
#define DPKAREAINDEX_H

#include "dpkresult.h"

#include <qgscoordinatereferencesystem.h>
#include <qgsgeometry.h>
#include <qgsspatialindex.h>

#include <QCoreApplication>

#include <memory>
#include <vector>

class QgsFeatureSource;
class QgsFeedback;
class QgsGeometryEngine;

/**
 * \brief One polygon of an area layer with the area's code and name.
 */
struct DpkArea
{
  QString code;
  QString name;
  QgsGeometry geometry;
};

/**
 * \brief Finds the area that a school lies in, among the polygons of any area layer.
 *
 * Works on a feature source, so it can be built in a background task from a layer of the
 * project. An area may consist of several features with the same code (islands, exclaves).
 * A point on a shared boundary goes to the area whose feature comes first, so that every run
 * places it the same way.
 */
class DpkAreaIndex
{
  Q_DECLARE_TR_FUNCTIONS( DpkAreaIndex )

public:
  DpkAreaIndex( DpkAreaIndex && ) noexcept;
  DpkAreaIndex &operator=( DpkAreaIndex && ) noexcept;
  ~DpkAreaIndex();

  /**
   * Reads every polygon of \a source with its code from \a codeField and name from
   * \a nameField. \a sourceName names the layer in errors: a missing field (the error lists the
   * fields there are), a layer that is not of polygons, a feature without a code.
   */
  static DpkResult<DpkAreaIndex> build( const QgsFeatureSource &source, const QString &codeField,
                                        const QString &nameField, const QString &sourceName,
                                        QgsFeedback *feedback = nullptr );

  //! Returns the area layer's coordinate reference system.
  QgsCoordinateReferenceSystem crs() const { return mCrs; }

  //! Returns the areas, one per code, in the order of their first feature.
  QList<DpkArea> areas() const;

  //! Returns the code of the area containing \a point (in crs()), or an empty string.
  QString locate( const QgsPointXY &point ) const;

private:
  DpkAreaIndex() = default;

  QgsCoordinateReferenceSystem mCrs;
  std::vector<DpkArea> mPolygons;
  std::vector<std::unique_ptr<QgsGeometryEngine>> mEngines;
  std::unique_ptr<QgsSpatialIndex> mIndex;
};

#endif // DPKAREAINDEX_H
