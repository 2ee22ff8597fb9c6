#include "dpkcataloguesettings.h"
#include "dpkdockwidget.h"
#include "dpklanguage.h"
#include "dpkqgiscompat.h"

#include <qgsapplication.h>
#include <qgsmessagelog.h>

#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace
{
QStringList indicatorNames( const DpkDockWidget &dock )
{
  QStringList names;
  const QTreeWidget *view = dock.indicatorsView();
  for ( int i = 0; i < view->topLevelItemCount(); ++i )
    names << view->topLevelItem( i )->text( 0 );
  return names;
}

//! Points the plugin's settings at an organisation catalogue for the life of the object.
class OrganisationCatalogue
{
public:
  explicit OrganisationCatalogue( const QByteArray &content )
  {
    QFile file( mFolder.filePath( QStringLiteral( "kommunen.json" ) ) );
    EXPECT_TRUE( file.open( QIODevice::WriteOnly ) );
    file.write( content );
    DpkCatalogueSettings::setOrganisationCataloguePath( file.fileName() );
  }
  ~OrganisationCatalogue() { DpkCatalogueSettings::setOrganisationCataloguePath( QString() ); }

  QString path() const { return mFolder.filePath( QStringLiteral( "kommunen.json" ) ); }

private:
  QTemporaryDir mFolder;
};
} // namespace

TEST( DpkDockWidget, ListsTheFourteenStandardIndicatorsInEnglish )
{
  DpkLanguage language;
  language.install( QStringLiteral( "en_GB" ) );
  DpkDockWidget dock;

  const QStringList names = indicatorNames( dock );
  ASSERT_EQ( names.size(), 14 );
  EXPECT_EQ( names.first(), QStringLiteral( "Average merit rating (17 subjects)" ) );
  EXPECT_FALSE( dock.catalogueErrorLabel()->isVisibleTo( &dock ) );

  const QTreeWidgetItem *merit = dock.indicatorsView()->topLevelItem( 0 );
  EXPECT_EQ( merit->data( 0, Qt::UserRole ).toString(), QStringLiteral( "meritvarde" ) );
  EXPECT_EQ( merit->text( 1 ), QStringLiteral( "points" ) );
  EXPECT_EQ( merit->text( 2 ), QStringLiteral( "10" ) );
  EXPECT_TRUE( merit->toolTip( 0 ).contains( QStringLiteral( "340" ) ) );
  EXPECT_EQ( dock.indicatorsView()->topLevelItem( 13 )->text( 2 ), QStringLiteral( "15" ) );
}

TEST( DpkDockWidget, ShowsSwedishIndicatorNamesInASwedishInterface )
{
  DpkLanguage language;
  ASSERT_TRUE( language.install( QStringLiteral( "sv_SE" ) ) );
  DpkDockWidget dock;

  const QStringList names = indicatorNames( dock );
  ASSERT_EQ( names.size(), 14 );
  EXPECT_EQ( names.first(), QStringLiteral( "Genomsnittligt meritvärde (17 ämnen)" ) );
  const QTreeWidgetItem *merit = dock.indicatorsView()->topLevelItem( 0 );
  EXPECT_EQ( merit->text( 1 ), QStringLiteral( "poäng" ) );
  EXPECT_TRUE( merit->toolTip( 0 ).startsWith( QStringLiteral( "Medelvärdet" ) ) );
}

TEST( DpkDockWidget, AddsTheOrganisationCatalogueFromTheSettings )
{
  QByteArray content = DpkIndicatorCatalogue::builtIn().value().toJson();
  content.replace( "\"datapakarta-standard\"", "\"kommunen\"" );
  // Every standard id again, renamed, so that none collides.
  content.replace( "\"id\": \"", "\"id\": \"kommunens_" );
  content.replace( "\"weightIndicator\": \"", "\"weightIndicator\": \"kommunens_" );
  const OrganisationCatalogue organisation( content );

  DpkDockWidget dock;
  EXPECT_EQ( dock.indicatorsView()->topLevelItemCount(), 28 );
  EXPECT_EQ( dock.indicatorsView()->topLevelItem( 27 )->data( 0, Qt::UserRole ).toString(),
             QStringLiteral( "kommunens_salsa_alla_amnen_avvikelse" ) );
}

TEST( DpkDockWidget, ShowsAndLogsACatalogueThatFailsToLoad )
{
  QByteArray content = DpkIndicatorCatalogue::builtIn().value().toJson();
  content.replace( "\"minimumGroup\": 10", "\"minimumGroup\": \"ten\"" );
  const OrganisationCatalogue organisation( content );

  QStringList logged;
  const QMetaObject::Connection connection = QObject::connect(
      QgsApplication::messageLog(),
      qOverload<const QString &, const QString &, Qgis::MessageLevel>(
          &QgsMessageLog::messageReceived ),
      [ &logged ]( const QString &message, const QString &tag, Qgis::MessageLevel )
      {
        if ( tag == DpkQgisCompat::logTag() )
          logged << message;
      } );
  DpkDockWidget dock;
  QObject::disconnect( connection );

  EXPECT_EQ( dock.indicatorsView()->topLevelItemCount(), 0 );
  EXPECT_TRUE( dock.catalogueErrorLabel()->isVisibleTo( &dock ) );
  const QString shown = dock.catalogueErrorLabel()->text();
  EXPECT_TRUE( shown.contains( organisation.path() +
                               QStringLiteral( ": /indicators/0/minimumGroup: expected an "
                                               "integer ≥ 1, found \"ten\"" ) ) )
      << shown.toStdString();
  ASSERT_EQ( logged.size(), 1 );
  EXPECT_EQ( logged.first(), shown );
}

TEST( DpkDockWidget, ListsTheCatalogueAgainOnceItLoads )
{
  DpkDockWidget dock;
  dock.showCatalogue( DpkResult<DpkIndicatorCatalogue>::failure( QStringLiteral( "broken" ) ) );
  ASSERT_TRUE( dock.catalogueErrorLabel()->isVisibleTo( &dock ) );

  dock.loadCatalogue();
  EXPECT_FALSE( dock.catalogueErrorLabel()->isVisibleTo( &dock ) );
  EXPECT_EQ( dock.indicatorsView()->topLevelItemCount(), 14 );
}
