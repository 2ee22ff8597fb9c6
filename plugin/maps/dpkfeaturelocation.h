#ifndef DPKFEATURELOCATION_H
#define DPKFEATURELOCATION_H

#include "dpkschool.h"

#include <qgscoordinatereferencesystem.h>

#include <optional>

class QgsFeature;

/**
 * \brief How a feature's position becomes a school's location, and how the location's
 * coordinate system is found again.
 *
 * The model keeps a location's coordinate system as text. That text is the authority id where
 * the system has one (EPSG:3006), and otherwise its WKT, so that a municipality's own, custom
 * system survives the trip instead of being lost as an empty id.
 */
class DpkFeatureLocation
{
public:
  //! Returns the text that stands for \a crs in a DpkSchoolLocation: its authority id, else WKT.
  static QString crsText( const QgsCoordinateReferenceSystem &crs );

  //! Returns the coordinate system of \a location (invalid when its text is empty or unknown).
  static QgsCoordinateReferenceSystem crs( const DpkSchoolLocation &location );

  /**
   * Returns the location of \a feature, the centroid of its geometry in the system \a crsText
   * (see crsText()); none when the feature has no geometry.
   */
  static std::optional<DpkSchoolLocation> of( const QgsFeature &feature, const QString &crsText );
};

#endif // DPKFEATURELOCATION_H
