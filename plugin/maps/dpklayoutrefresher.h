#ifndef DPKLAYOUTREFRESHER_H
#define DPKLAYOUTREFRESHER_H

#include "dpkbuildresult.h"
#include "dpkresult.h"

#include <QCoreApplication>
#include <QPointer>
#include <QStringList>

class QgsPrintLayout;
class QgsProject;

/**
 * \brief Brings the plugin's print layouts of a project up to date with a new build, in place.
 *
 * A project kept term after term holds the plugin's sheets and atlases, often edited by hand: an
 * extra label, a moved legend. A refresh refills only the items the plugin fills, found by their
 * ids, so such edits survive; the user's own layouts are never touched. A layout belongs to the
 * plugin when it names an indicator and either the run's GeoPackage or none at all (a layout of a
 * project template waiting for its first run).
 *
 * Replacing the plugin's layers drops them from the layouts (an atlas whose coverage layer goes
 * is switched off), so the refresher notes the layouts when it is created, before the layers are
 * replaced, and refills them afterwards. Shared by the panel's Update and datapakarta refresh.
 * Runs on the main thread.
 */
class DpkLayoutRefresher
{
  Q_DECLARE_TR_FUNCTIONS( DpkLayoutRefresher )

public:
  /**
   * Notes the plugin's layouts of the GeoPackage \a geopackage in \a project and whether each is
   * an atlas. Create it before the build's layers are put into the project.
   */
  DpkLayoutRefresher( QgsProject *project, const QString &geopackage );

  //! Returns true when \a layout belongs to the plugin's run writing \a geopackage.
  static bool belongsToRun( const QgsPrintLayout *layout, const QString &geopackage );

  //! Returns the layouts noted when the refresher was created that still exist.
  QList<QgsPrintLayout *> layouts() const;

  //! Returns true when the layout \a layout was noted as an atlas.
  bool isAtlas( const QgsPrintLayout *layout ) const;

  /**
   * Checks, before a run starts, that every noted layout can be refreshed by a run of
   * \a indicators for \a period (invalid when the run takes the latest school year of its data),
   * with areas when \a hasAreas: its map and legend items are there, an atlas gets its areas and
   * its new name is free (tested only for a valid \a period). Changes nothing; returns an error
   * naming the first layout that cannot be refreshed, so that the run is not even started.
   */
  DpkResult<bool> check( const QList<DpkIndicator> &indicators, const DpkPeriod &period,
                         bool hasAreas ) const;

  /**
   * Checks that every noted layout can be refreshed for \a result, before its layers replace the
   * project's (DpkProjectUpdater::apply), so that a refresh that would fail leaves the earlier
   * layers and layouts as they were. Changes nothing; returns an error naming the layout.
   */
  DpkResult<bool> check( const DpkBuildResult &result ) const;

  /**
   * Refills every noted layout for \a result, whose layers must already be in the project, and
   * renames it after the indicator and the new school year. A layout whose indicator the build
   * does not hold is left as it is and named by notRefreshed(). Every layout is checked (as by
   * check(), and for its layers in the project) before any is changed; returns the layouts
   * refreshed, or an error naming the layout that cannot be.
   */
  DpkResult<QList<QgsPrintLayout *>> refresh( const DpkBuildResult &result );

  //! Returns the names of the layouts the last refresh() left alone, and why.
  QStringList notRefreshed() const { return mNotRefreshed; }

private:
  struct Sheet
  {
    QPointer<QgsPrintLayout> layout;
    QString indicatorId;
    bool atlas = false;
  };

  //! What a run makes of one indicator: its layers' tables, empty when the run has none.
  struct Target
  {
    DpkIndicator indicator;
    QString schoolTable;
    QString areaTable;
  };

  //! A noted layout that can be refreshed, and its new name.
  struct Plan
  {
    Sheet sheet;
    QString name;
  };

  /**
   * Returns what each noted layout becomes for \a targets and \a period, or an error naming the
   * first that cannot be refreshed; with \a result, the layers must also be in the project.
   */
  DpkResult<QList<Plan>> plan( const QList<Target> &targets, const DpkPeriod &period,
                               const DpkBuildResult *result, QStringList *notRefreshed ) const;
  static QList<Target> targets( const DpkBuildResult &result );

  QgsProject *mProject = nullptr;
  QList<Sheet> mSheets;
  QStringList mNotRefreshed;
};

#endif // DPKLAYOUTREFRESHER_H
