#ifndef DPKMAPBUILDER_H
#define DPKMAPBUILDER_H

#include "dpkbuildresult.h"
#include "dpkdataset.h"
#include "dpkindicatorcatalogue.h"
#include "dpkresult.h"
#include "dpkrunconfig.h"

#include <QCoreApplication>

#include <memory>

class QgsFeatureSource;
class QgsFeedback;
class DpkAreaIndex;
class DpkStepFeedback;

/**
 * \brief The engine of a run: reads the sources, places the schools, combines their figures per
 * area and writes the layers into a GeoPackage.
 *
 * It touches no project and no layer of one, so it runs in a background task. Everything it
 * writes goes through DpkGeoPackageWriter: a failed or cancelled build leaves the previous
 * GeoPackage as it was.
 */
class DpkMapBuilder
{
  Q_DECLARE_TR_FUNCTIONS( DpkMapBuilder )

public:
  /**
   * Creates a builder for \a config with indicators from \a catalogue. Relative paths in the
   * configuration are taken from \a baseFolder (the configuration file's folder).
   */
  DpkMapBuilder( const DpkRunConfig &config, const DpkIndicatorCatalogue &catalogue,
                 const QString &baseFolder );
  ~DpkMapBuilder();

  /**
   * Reads the areas from \a source (a layer of the project, made into a feature source on the
   * main thread) instead of opening the configuration's area file.
   */
  void setAreaSource( std::shared_ptr<QgsFeatureSource> source, const QString &sourceName );

  //! Runs the build; \a feedback reports progress and may cancel it.
  DpkResult<DpkBuildResult> build( QgsFeedback *feedback = nullptr );

  /**
   * Runs the build on \a results and school \a locations already read, for callers that have
   * their own sources (benchmarks, other readers). An empty municipality in the configuration
   * maps every school of \a results.
   */
  DpkResult<DpkBuildResult> buildFrom( const DpkDataset &results, const DpkDataset &locations,
                                       QgsFeedback *feedback = nullptr );

  /**
   * Reads only the school locations of the configuration's "schools" source (for an API, the
   * units' details without their statistics), for a caller that places schools on its own.
   */
  DpkResult<DpkDataset> readLocations( QgsFeedback *feedback = nullptr ) const;

  //! Returns the GeoPackage path the configuration asks for.
  QString geopackagePath() const;

  //! Returns \a path made absolute against the configuration's folder.
  QString resolved( const QString &path ) const;

private:
  //! Returns why the output GeoPackage must not be written: it is one of the inputs; or nothing.
  QString inputAtOutput() const;

  //! What a source is read for: an API read for locations skips the statistics.
  enum class Purpose
  {
    Results,
    Locations,
  };

  DpkResult<DpkDataset> readSource( const DpkSourceConfig &source, Purpose purpose,
                                    QgsFeedback *feedback ) const;
  //! Reads the school locations of a point layer, each with its code and position.
  DpkResult<DpkDataset> readPoints( const DpkSourceConfig &source, QgsFeedback *feedback ) const;
  DpkResult<DpkAreaIndex> readAreas( QgsFeedback *feedback ) const;
  DpkResult<QList<DpkIndicator>> chosenIndicators() const;
  DpkResult<DpkBuildResult> compose( const DpkDataset &results, const DpkDataset &locations,
                                     const QList<DpkIndicator> &indicators,
                                     DpkStepFeedback &steps );

  DpkRunConfig mConfig;
  DpkIndicatorCatalogue mCatalogue;
  QString mBaseFolder;
  std::shared_ptr<QgsFeatureSource> mAreaSource;
  QString mAreaSourceName;
};

#endif // DPKMAPBUILDER_H
