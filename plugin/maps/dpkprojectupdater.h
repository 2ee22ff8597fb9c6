#ifndef DPKPROJECTUPDATER_H
#define DPKPROJECTUPDATER_H

#include "dpkbuildresult.h"
#include "dpkresult.h"
#include "dpkrunconfig.h"

#include <QCoreApplication>

#include <optional>

class QgsLayerTreeGroup;
class QgsMapLayer;
class QgsProject;
class QgsVectorLayer;

/**
 * \brief Puts a finished build into a QGIS project: styled, documented layers in the plugin's
 * group, and the run's configuration for a later update.
 *
 * Runs on the main thread, after the background build. The plugin's layers are recognised by a
 * custom property; a new run replaces only those of the same GeoPackage and leaves every other
 * layer alone. The new layers are opened before any old one is removed, so a failure changes
 * nothing in the project.
 */
class DpkProjectUpdater
{
  Q_DECLARE_TR_FUNCTIONS( DpkProjectUpdater )

public:
  //! The custom property that marks the plugin's layers, groups and layouts with their GeoPackage.
  static const QString GEOPACKAGE_PROPERTY;
  //! The custom property with a layer's role: "schools", "areas" or "unplaced".
  static const QString ROLE_PROPERTY;
  //! The custom property with a layer's or layout's indicator id.
  static const QString INDICATOR_PROPERTY;

  //! Creates an updater of \a project.
  explicit DpkProjectUpdater( QgsProject *project );

  /**
   * Adds the layers of \a result to the project, replacing the plugin's earlier layers of the
   * same GeoPackage, and stores \a config in the project. Returns the layers added.
   */
  DpkResult<QList<QgsMapLayer *>> apply( const DpkBuildResult &result, const DpkRunConfig &config );

  //! Stores \a config in the project, to be found by storedRun() after the project is reopened.
  static void storeRun( QgsProject *project, const DpkRunConfig &config );

  //! Returns the run stored in \a project, or nothing when it holds none.
  static std::optional<DpkRunConfig> storedRun( QgsProject *project );

  /**
   * Returns the run stored in \a project with its placeholders: for a project made from the
   * plugin's project template, a run whose municipality and files the user still has to fill in
   * (see DpkRunConfig::placeholders()), to prefill the panel's form; for another project the
   * same as storedRun(). Nothing when the project holds no run.
   */
  static std::optional<DpkRunConfig> storedTemplateRun( QgsProject *project );

  /**
   * Makes the plugin's layers, layouts and group that belong to a moved or copied GeoPackage
   * belong to \a geopackage, where their layers now read from. A project copied to another
   * folder opens its layers from the copy (QGIS keeps relative paths), but the plugin's notes of
   * which GeoPackage they belong to still name the original; without this, a refresh there would
   * add a second set of layers. Returns the number of items changed.
   */
  static int adoptMovedGeoPackage( QgsProject *project, const QString &geopackage );

  //! Returns the plugin's layers in the project.
  QList<QgsMapLayer *> pluginLayers() const;

private:
  DpkResult<QList<QgsVectorLayer *>> openLayers( const DpkBuildResult &result ) const;
  QgsVectorLayer *openLayer( const DpkBuildResult &result, const QString &table,
                             const QString &name, const QString &role,
                             const QString &indicatorId ) const;
  void describe( QgsVectorLayer *layer, const DpkBuildResult &result,
                 const DpkIndicatorLayers *layers ) const;
  QgsLayerTreeGroup *group( const DpkBuildResult &result );

  QgsProject *mProject = nullptr;
};

#endif // DPKPROJECTUPDATER_H
