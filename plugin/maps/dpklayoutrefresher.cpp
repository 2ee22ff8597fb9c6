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

DpkResult<QList<QgsPrintLayout *>> DpkLayoutRefresher::refresh( const DpkBuildResult &result )
{
  using Result = DpkResult<QList<QgsPrintLayout *>>;
  mNotRefreshed.clear();

  // What each layout becomes; nothing is changed before every one of them can be refreshed.
  QList<std::pair<Sheet, QString>> planned;
  QList<const QgsPrintLayout *> refreshed;
  for ( const Sheet &sheet : mSheets )
  {
    if ( !sheet.layout )
      continue;
    const DpkIndicator *indicator = nullptr;
    for ( const DpkIndicatorLayers &layers : result.layers )
    {
      if ( layers.indicator.id == sheet.indicatorId )
        indicator = &layers.indicator;
    }
    if ( !indicator )
    {
      mNotRefreshed << tr( "%1: the run holds no indicator '%2'" )
                           .arg( sheet.layout->name(), sheet.indicatorId );
      continue;
    }
    if ( !qobject_cast<QgsLayoutItemMap *>( sheet.layout->itemById( QStringLiteral( "map" ) ) ) ||
         !qobject_cast<QgsLayoutItemLegend *>(
             sheet.layout->itemById( QStringLiteral( "legend" ) ) ) )
      return Result::failure(
          tr( "The layout '%1' cannot be refreshed: it no longer has the items with the ids "
              "'map' and 'legend' that Data på karta fills" )
              .arg( sheet.layout->name() ) );
    planned.append( { sheet, DpkLayoutBuilder::layoutName( result, *indicator, sheet.atlas ) } );
    refreshed << sheet.layout.data();
  }

  // A new name must not be taken by a layout that is not refreshed here.
  for ( const auto &plan : planned )
  {
    QgsMasterLayoutInterface *holder = mProject->layoutManager()->layoutByName( plan.second );
    const auto *holderLayout = dynamic_cast<const QgsPrintLayout *>( holder );
    if ( holder && ( !holderLayout || !refreshed.contains( holderLayout ) ) )
      return Result::failure(
          tr( "The layout '%1' cannot be renamed to '%2': the project has another layout of "
              "that name; rename that one first" )
              .arg( plan.first.layout->name(), plan.second ) );
  }

  DpkLayoutBuilder builder( mProject );
  QList<QgsPrintLayout *> done;
  for ( const auto &plan : planned )
  {
    const DpkResult<QgsPrintLayout *> filled =
        builder.fill( plan.first.layout, result, plan.first.indicatorId, plan.first.atlas );
    if ( !filled.isOk() )
      return Result::failure( filled.error() );
    done << filled.value();
  }
  return Result::success( done );
}
