#ifndef DPKLAYERTABLE_H
#define DPKLAYERTABLE_H

#include "dpkqgiscompat.h"

#include <qgscoordinatereferencesystem.h>
#include <qgsfeature.h>
#include <qgsfields.h>

#include <QMap>

/**
 * \brief The content of one layer the plugin produces, before it is written to a file.
 *
 * Plain data: it is built in a background task and written there, while the Swedish field
 * aliases are applied to the layer in the project later, on the main thread.
 */
struct DpkLayerTable
{
  QString name;  //!< Table name inside the GeoPackage, e.g. "skolor".
  QString title; //!< Human title of the layer, in the user's language.
  QgsFields fields;
  DpkQgisCompat::WkbType wkbType = QgsWkbTypes::NoGeometry;
  QgsCoordinateReferenceSystem crs;
  QgsFeatureList features;
  QMap<QString, QString> aliases; //!< Field name to its Swedish alias.
};

#endif // DPKLAYERTABLE_H
