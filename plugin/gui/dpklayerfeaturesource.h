#ifndef DPKLAYERFEATURESOURCE_H
#define DPKLAYERFEATURESOURCE_H

#include "dpkqgiscompat.h"

#include <qgscoordinatereferencesystem.h>
#include <qgsfeaturesource.h>
#include <qgsfields.h>

#include <memory>

class QgsVectorLayer;
class QgsVectorLayerFeatureSource;

/**
 * \brief A snapshot of a project layer that a background task may read: the layer's features,
 * fields, coordinate system and geometry type, taken on the main thread.
 *
 * The map builder reads its areas from any QgsFeatureSource. A layer of the project must not be
 * touched from a worker thread, and QGIS's own snapshot of a layer is not a QgsFeatureSource,
 * so this class gives that snapshot the interface the builder reads.
 */
class DpkLayerFeatureSource : public QgsFeatureSource
{
public:
  //! Takes a snapshot of \a layer; must be called on the main thread.
  explicit DpkLayerFeatureSource( const QgsVectorLayer *layer );
  ~DpkLayerFeatureSource() override;

  DpkLayerFeatureSource( const DpkLayerFeatureSource & ) = delete;
  DpkLayerFeatureSource &operator=( const DpkLayerFeatureSource & ) = delete;

  QgsFeatureIterator
  getFeatures( const QgsFeatureRequest &request = QgsFeatureRequest() ) const override;
  QString sourceName() const override { return mName; }
  QgsCoordinateReferenceSystem sourceCrs() const override { return mCrs; }
  QgsFields fields() const override { return mFields; }
  DpkQgisCompat::WkbType wkbType() const override { return mWkbType; }
  long long featureCount() const override { return mFeatureCount; }

private:
  std::unique_ptr<QgsVectorLayerFeatureSource> mSource;
  QString mName;
  QgsCoordinateReferenceSystem mCrs;
  QgsFields mFields;
  DpkQgisCompat::WkbType mWkbType = DpkQgisCompat::WkbType::Unknown;
  long long mFeatureCount = 0;
};

#endif // DPKLAYERFEATURESOURCE_H
