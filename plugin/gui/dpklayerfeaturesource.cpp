#include "dpklayerfeaturesource.h"

#include <qgsvectorlayer.h>
#include <qgsvectorlayerfeatureiterator.h>

DpkLayerFeatureSource::DpkLayerFeatureSource( const QgsVectorLayer *layer )
  : mSource( std::make_unique<QgsVectorLayerFeatureSource>( layer ) )
  , mName( layer->name() )
  , mCrs( layer->crs() )
  , mFields( layer->fields() )
  , mWkbType( layer->wkbType() )
  , mFeatureCount( layer->featureCount() )
{
}

DpkLayerFeatureSource::~DpkLayerFeatureSource() = default;

QgsFeatureIterator DpkLayerFeatureSource::getFeatures( const QgsFeatureRequest &request ) const
{
  return mSource->getFeatures( request );
}
