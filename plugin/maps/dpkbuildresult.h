#ifndef DPKBUILDRESULT_H
#define DPKBUILDRESULT_H

#include "dpkindicator.h"
#include "dpklayertablebuilder.h"
#include "dpkperiod.h"

#include <qgscoordinatereferencesystem.h>

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QStringList>

/**
 * \brief The layers of one indicator in a finished build, with their class breaks.
 */
struct DpkIndicatorLayers
{
  DpkIndicator indicator;
  QString schoolTable;        //!< GeoPackage table of the school points.
  QList<double> schoolBreaks; //!< Class breaks of the school figures.
  QString areaTable;          //!< GeoPackage table of the areas; empty without areas.
  QList<double> areaBreaks;   //!< Class breaks of the area figures.
  int suppressedSchools = 0;  //!< School figures suppressed (by Skolverket or the privacy rule).
  int suppressedAreas = 0;    //!< Area figures suppressed for resting on too few pupils.
};

/**
 * \brief What a build produced: the GeoPackage, its layers and a summary for the user.
 */
struct DpkBuildResult
{
  QString geopackage;   //!< The GeoPackage written.
  QString municipality; //!< Kommunkod.
  QString municipalityName;
  DpkPeriod period;
  QList<DpkIndicatorLayers> layers;
  QString unplacedTable; //!< Table of the schools that could not be placed.
  QList<DpkUnplacedSchool> unplaced;
  int schoolsRead = 0;   //!< Schools of the municipality in the results source.
  int schoolsPlaced = 0; //!< Schools with a position on the map.
  int areaCount = 0;
  QString resultsSource;   //!< File name or URL of the results.
  QString sourceName;      //!< Who published the results, named on source lines: "Skolverket".
  QString locationsSource; //!< File name or URL of the school locations.
  QDateTime retrievedAt;   //!< When the results left their source.
  QStringList warnings;    //!< Things the user should know, e.g. rows that were rejected.
  QHash<QString, QMap<QString, QString>> aliases; //!< Table name to its fields\' Swedish aliases.
};

#endif // DPKBUILDRESULT_H
