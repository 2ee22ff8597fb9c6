#include "dpklayoutrefresher.h"

#include "dpklayoutbuilder.h"
#include "dpkprojectupdater.h"

#include <qgslayoutatlas.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutmanager.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>

#include <QDir>

#include <algorithm>

DpkLayoutRefresher::DpkLayoutRefresher( QgsProject *project, const QString &geopackage )
  : mProject( project )
{
  for ( QgsPrintLayout *layout : mProject->layoutManager()->printLayouts() )
  {
    if ( !belongsToRun( layout, geopackage ) )
      continue;
    Sheet sheet;
    sheet.layout = layout;
    sheet.indicatorId = layout->customProperty( DpkProjectUpdater::INDICATOR_PROPERTY ).toString();
    sheet.atlas = layout->atlas()->enabled();
    mSheets.append( sheet );
  }
}

bool DpkLayoutRefresher::belongsToRun( const QgsPrintLayout *layout, const QString &geopackage )
{
  if ( layout->customProperty( DpkProjectUpdater::INDICATOR_PROPERTY ).toString().isEmpty() )
    return false;
  const QString owner = layout->customProperty( DpkProjectUpdater::GEOPACKAGE_PROPERTY ).toString();
  return owner.isEmpty() || QDir::cleanPath( owner ) == QDir::cleanPath( geopackage );
}

QList<QgsPrintLayout *> DpkLayoutRefresher::layouts() const
{
  QList<QgsPrintLayout *> existing;
  for ( const Sheet &sheet : mSheets )
  {
    if ( sheet.layout )
      existing << sheet.layout.data();
  }
  return existing;
}

bool DpkLayoutRefresher::isAtlas( const QgsPrintLayout *layout ) const
{
  for ( const Sheet &sheet : mSheets )
  {
    if ( sheet.layout == layout )
      return sheet.atlas;
  }
  return false;
}

DpkResult<bool> DpkLayoutRefresher::check( const QList<DpkIndicator> &indicators,
                                           const DpkPeriod &period, bool hasAreas ) const
{
  // Before the run there are no tables yet: a name stands for each one the run will write.
  QList<Target> wanted;
  for ( const DpkIndicator &indicator : indicators )
  {
    wanted.append( { indicator, indicator.id, hasAreas ? indicator.id : QString() } );
  }
  QStringList ignored;
  const DpkResult<QList<Plan>> planned = plan( wanted, period, nullptr, &ignored );
  return planned.isOk() ? DpkResult<bool>::success( true )
                        : DpkResult<bool>::failure( planned.error() );
}

DpkResult<bool> DpkLayoutRefresher::check( const DpkBuildResult &result ) const
{
  QStringList ignored;
  const DpkResult<QList<Plan>> planned =
      plan( targets( result ), result.period, nullptr, &ignored );
  return planned.isOk() ? DpkResult<bool>::success( true )
                        : DpkResult<bool>::failure( planned.error() );
}

DpkResult<QList<QgsPrintLayout *>> DpkLayoutRefresher::refresh( const DpkBuildResult &result )
{
  using Result = DpkResult<QList<QgsPrintLayout *>>;
  mNotRefreshed.clear();

  // Nothing is changed before every one of the layouts can be refreshed.
  QStringList notRefreshed;
  const DpkResult<QList<Plan>> planned =
      plan( targets( result ), result.period, &result, &notRefreshed );
  if ( !planned.isOk() )
    return Result::failure( planned.error() );
  mNotRefreshed = notRefreshed;

  DpkLayoutBuilder builder( mProject );
  QList<QgsPrintLayout *> done;
  for ( const Plan &next : planned.value() )
  {
    const DpkResult<QgsPrintLayout *> filled =
        builder.fill( next.sheet.layout, result, next.sheet.indicatorId, next.sheet.atlas );
    if ( !filled.isOk() )
      return Result::failure( filled.error() );
    done << filled.value();
  }
  return Result::success( done );
}

QList<DpkLayoutRefresher::Target> DpkLayoutRefresher::targets( const DpkBuildResult &result )
{
  QList<Target> wanted;
  for ( const DpkIndicatorLayers &layers : result.layers )
    wanted.append( { layers.indicator, layers.schoolTable, layers.areaTable } );
  return wanted;
}

DpkResult<QList<DpkLayoutRefresher::Plan>>
DpkLayoutRefresher::plan( const QList<Target> &targets, const DpkPeriod &period,
                          const DpkBuildResult *result, QStringList *notRefreshed ) const
{
  using Result = DpkResult<QList<Plan>>;
  const DpkLayoutBuilder builder( mProject );
  QList<Plan> planned;
  QList<const QgsPrintLayout *> refreshed;
  for ( const Sheet &sheet : mSheets )
  {
    if ( !sheet.layout )
      continue;
    const QString layoutName = sheet.layout->name();
    const auto target = std::find_if( targets.cbegin(), targets.cend(),
                                      [ &sheet ]( const Target &candidate )
                                      { return candidate.indicator.id == sheet.indicatorId; } );
    if ( target == targets.cend() )
    {
      *notRefreshed
          << tr( "%1: the run holds no indicator '%2'" ).arg( layoutName, sheet.indicatorId );
      continue;
    }

    // What DpkLayoutBuilder::fill needs: the items it fills, and the layers it shows.
    if ( !qobject_cast<QgsLayoutItemMap *>( sheet.layout->itemById( QStringLiteral( "map" ) ) ) ||
         !qobject_cast<QgsLayoutItemLegend *>(
             sheet.layout->itemById( QStringLiteral( "legend" ) ) ) )
      return Result::failure(
          tr( "The layout '%1' cannot be refreshed: it no longer has the items with the ids "
              "'map' and 'legend' that Data på karta fills" )
              .arg( layoutName ) );
    if ( target->schoolTable.isEmpty() ||
         ( result && !builder.layer( *result, sheet.indicatorId, QStringLiteral( "schools" ) ) ) )
      return Result::failure(
          tr( "The layout '%1' cannot be refreshed: the run makes no school layer of '%2'" )
              .arg( layoutName, sheet.indicatorId ) );
    if ( sheet.atlas &&
         ( target->areaTable.isEmpty() ||
           ( result && !builder.layer( *result, sheet.indicatorId, QStringLiteral( "areas" ) ) ) ) )
      return Result::failure(
          tr( "The atlas '%1' cannot be refreshed: the run has no areas for its pages; choose "
              "an area layer for the run, or remove the atlas" )
              .arg( layoutName ) );
    planned.append( { sheet, period.isValid() ? DpkLayoutBuilder::layoutName( target->indicator,
                                                                              period, sheet.atlas )
                                              : QString() } );
    refreshed << sheet.layout.data();
  }

  // A new name must not be taken by a layout that is not refreshed here.
  for ( const Plan &next : planned )
  {
    if ( next.name.isEmpty() )
      continue;
    QgsMasterLayoutInterface *holder = mProject->layoutManager()->layoutByName( next.name );
    const auto *holderLayout = dynamic_cast<const QgsPrintLayout *>( holder );
    if ( holder && ( !holderLayout || !refreshed.contains( holderLayout ) ) )
      return Result::failure(
          tr( "The layout '%1' cannot be renamed to '%2': the project has another layout of "
              "that name; rename that one first" )
              .arg( next.sheet.layout->name(), next.name ) );
  }
  return Result::success( planned );
}
