#include "dpklayoutbuilder.h"
#include "dpklayouttemplates.h"
#include "dpkmapbuilder.h"
#include "dpkprojectupdater.h"
#include "dpkstockholmfixture.h"

#include <qgsapplication.h>
#include <qgslayoutatlas.h>
#include <qgslayoutmanager.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgssettings.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace
{
/**
 * Writes the built-in A4 template into \a folder as \a fileName with each id of \a renamed
 * given another id, as an organisation's own template that lacks those items.
 */
QString writeTemplate( const QString &folder, const QString &fileName,
                       const QStringList &renamed = QStringList() )
{
  QFile builtIn( DpkLayoutTemplates::builtInPath( QStringLiteral( "a4-landscape" ) ) );
  EXPECT_TRUE( builtIn.open( QIODevice::ReadOnly ) );
  QString xml = QString::fromUtf8( builtIn.readAll() );
  for ( const QString &id : renamed )
  {
    const QString attribute = QStringLiteral( "id=\"%1\"" ).arg( id );
    EXPECT_TRUE( xml.contains( attribute ) ) << id.toStdString();
    xml.replace( attribute, QStringLiteral( "id=\"own-%1\"" ).arg( id ) );
  }
  const QString path = QDir( folder ).filePath( fileName );
  QFile own( path );
  EXPECT_TRUE( own.open( QIODevice::WriteOnly ) );
  own.write( xml.toUtf8() );
  return path;
}

const DpkLayoutTemplate *find( const QList<DpkLayoutTemplate> &templates, const QString &path )
{
  for ( const DpkLayoutTemplate &entry : templates )
  {
    if ( entry.path == path )
      return &entry;
  }
  return nullptr;
}
} // namespace

TEST( DpkLayoutTemplates, ListsTheBuiltInTemplatesAsUsableForSheetsAndAtlases )
{
  const QList<DpkLayoutTemplate> templates = DpkLayoutTemplates( {} ).available();
  ASSERT_EQ( templates.size(), DpkLayoutBuilder::builtInTemplates().size() );
  for ( const DpkLayoutTemplate &entry : templates )
  {
    EXPECT_TRUE( DpkLayoutBuilder::builtInTemplates().contains( entry.name ) );
    EXPECT_EQ( entry.origin, DpkLayoutTemplate::Origin::BuiltIn );
    EXPECT_TRUE( entry.valid ) << entry.problem.toStdString();
    EXPECT_TRUE( entry.atlas ) << entry.problem.toStdString();
    EXPECT_TRUE( QFile::exists( entry.path ) ) << entry.path.toStdString();
  }
}

TEST( DpkLayoutTemplates, OffersAnOrganisationTemplateBesideTheBuiltInOnesByItsName )
{
  QTemporaryDir folder;
  const QString path = writeTemplate( folder.path(), QStringLiteral( "kommunens-a4.qpt" ) );
  const DpkLayoutTemplates templates( { folder.path() } );

  const QList<DpkLayoutTemplate> available = templates.available();
  EXPECT_EQ( available.size(), DpkLayoutBuilder::builtInTemplates().size() + 1 );
  const DpkLayoutTemplate *own = find( available, path );
  ASSERT_NE( own, nullptr );
  EXPECT_EQ( own->name, QStringLiteral( "kommunens-a4" ) );
  EXPECT_EQ( own->origin, DpkLayoutTemplate::Origin::Organisation );
  EXPECT_TRUE( own->valid ) << own->problem.toStdString();

  const DpkResult<QString> resolved = templates.resolve( QStringLiteral( "kommunens-a4" ) );
  ASSERT_TRUE( resolved.isOk() ) << resolved.error().toStdString();
  EXPECT_EQ( resolved.value(), path );
}

TEST( DpkLayoutTemplates, ListsATemplateThatLacksItemsWithTheFileAndEveryMissingId )
{
  QTemporaryDir folder;
  const QString path = writeTemplate( folder.path(), QStringLiteral( "utan-norrpil.qpt" ),
                                      { QStringLiteral( "north" ), QStringLiteral( "logo" ) } );
  const DpkLayoutTemplate *own = find( DpkLayoutTemplates( { folder.path() } ).available(), path );
  ASSERT_NE( own, nullptr );
  EXPECT_FALSE( own->valid );
  EXPECT_FALSE( own->atlas );
  EXPECT_TRUE( own->problem.startsWith( path ) ) << own->problem.toStdString();
  EXPECT_TRUE( own->problem.contains( QStringLiteral( "'north', 'logo'" ) ) )
      << own->problem.toStdString();
}

TEST( DpkLayoutTemplates, ATemplateWithoutTheAtlasItemsMakesSheetsButNoAtlas )
{
  QTemporaryDir folder;
  const QString path = writeTemplate( folder.path(), QStringLiteral( "bara-blad.qpt" ),
                                      DpkLayoutBuilder::atlasItems() );
  const DpkLayoutTemplate *own = find( DpkLayoutTemplates( { folder.path() } ).available(), path );
  ASSERT_NE( own, nullptr );
  EXPECT_TRUE( own->valid ) << own->problem.toStdString();
  EXPECT_FALSE( own->atlas );
  EXPECT_TRUE( own->problem.contains( QStringLiteral( "'figure', 'page'" ) ) )
      << own->problem.toStdString();
}

TEST( DpkLayoutTemplates, ListsAFileThatIsNotATemplateWithTheReason )
{
  QTemporaryDir folder;
  const QString path = QDir( folder.path() ).filePath( QStringLiteral( "trasig.qpt" ) );
  QFile broken( path );
  ASSERT_TRUE( broken.open( QIODevice::WriteOnly ) );
  broken.write( "<Layout><unclosed>" );
  broken.close();
  const DpkLayoutTemplate *own = find( DpkLayoutTemplates( { folder.path() } ).available(), path );
  ASSERT_NE( own, nullptr );
  EXPECT_FALSE( own->valid );
  EXPECT_TRUE( own->problem.startsWith( path + QStringLiteral( ", line" ) ) )
      << own->problem.toStdString();
}

TEST( DpkLayoutTemplates, RefusesAnOrganisationTemplateNamedLikeABuiltInOrAnEarlierOne )
{
  QTemporaryDir first;
  QTemporaryDir second;
  const QString clash = writeTemplate( first.path(), QStringLiteral( "a4-landscape.qpt" ) );
  const QString earlier = writeTemplate( first.path(), QStringLiteral( "kommun.qpt" ) );
  const QString later = writeTemplate( second.path(), QStringLiteral( "kommun.qpt" ) );
  const DpkLayoutTemplates templates( { first.path(), second.path() } );
  const QList<DpkLayoutTemplate> available = templates.available();

  ASSERT_NE( find( available, clash ), nullptr );
  EXPECT_FALSE( find( available, clash )->valid );
  ASSERT_NE( find( available, earlier ), nullptr );
  EXPECT_TRUE( find( available, earlier )->valid );
  ASSERT_NE( find( available, later ), nullptr );
  EXPECT_FALSE( find( available, later )->valid );
  EXPECT_TRUE( find( available, later )->problem.contains( earlier ) );

  EXPECT_EQ( templates.resolve( QStringLiteral( "a4-landscape" ) ).value(),
             DpkLayoutTemplates::builtInPath( QStringLiteral( "a4-landscape" ) ) );
  EXPECT_EQ( templates.resolve( QStringLiteral( "kommun" ) ).value(), earlier );
}

TEST( DpkLayoutTemplates, ResolvesAPathToAQptFileFromTheBaseFolder )
{
  QTemporaryDir folder;
  const QString path = writeTemplate( folder.path(), QStringLiteral( "eget.qpt" ) );
  const DpkLayoutTemplates templates( {} );
  EXPECT_EQ( templates.resolve( QStringLiteral( "eget.qpt" ), folder.path() ).value(), path );

  const DpkResult<QString> missing =
      templates.resolve( QStringLiteral( "saknas.qpt" ), folder.path() );
  ASSERT_FALSE( missing.isOk() );
  EXPECT_TRUE( missing.error().contains( QDir( folder.path() ).filePath( "saknas.qpt" ) ) )
      << missing.error().toStdString();
}

TEST( DpkLayoutTemplates, NamesTheTemplatesThereAreForAnUnknownName )
{
  QTemporaryDir folder;
  writeTemplate( folder.path(), QStringLiteral( "kommunens-a4.qpt" ) );
  const DpkResult<QString> resolved =
      DpkLayoutTemplates( { folder.path() } ).resolve( QStringLiteral( "a5-liggande" ) );
  ASSERT_FALSE( resolved.isOk() );
  for ( const QString &expected :
        { QStringLiteral( "'a5-liggande'" ), QStringLiteral( "a4-landscape" ),
          QStringLiteral( "a3-portrait" ), QStringLiteral( "kommunens-a4" ), folder.path() } )
    EXPECT_TRUE( resolved.error().contains( expected ) ) << resolved.error().toStdString();
}

TEST( DpkLayoutTemplates, LooksInThePluginsFolderAndInQgisLayoutTemplatePaths )
{
  QTemporaryDir own;
  QTemporaryDir qgisPath;
  QgsSettings settings;
  settings.setValue( DpkLayoutTemplates::FOLDER_SETTING, own.path() );
  // What Settings → Options → Layouts → Template search paths stores.
  settings.setValue( QStringLiteral( "Layout/searchPathsForTemplates" ),
                     QStringList{ qgisPath.path() }, QgsSettings::Core );
  ASSERT_EQ( QgsApplication::layoutTemplatePaths(), QStringList{ qgisPath.path() } );

  const QStringList folders = DpkLayoutTemplates::fromSettings().folders();
  settings.remove( DpkLayoutTemplates::FOLDER_SETTING );
  settings.remove( QStringLiteral( "Layout/searchPathsForTemplates" ), QgsSettings::Core );
  ASSERT_GE( folders.size(), 2 );
  EXPECT_EQ( folders.at( 0 ), QDir::cleanPath( own.path() ) );
  EXPECT_EQ( folders.at( 1 ), QDir::cleanPath( qgisPath.path() ) );
}

class DpkLayoutTemplatesOnStockholm : public DpkStockholmFixture
{
protected:
  void SetUp() override
  {
    DpkStockholmFixture::SetUp();
    const DpkResult<DpkBuildResult> built =
        DpkMapBuilder( mConfig, mCatalogue, mWork.path() ).build();
    ASSERT_TRUE( built.isOk() ) << built.error().toStdString();
    mResult = built.value();
    ASSERT_TRUE( DpkProjectUpdater( &mProject ).apply( mResult, mConfig ).isOk() );
    ASSERT_TRUE( mFolder.isValid() );
    QgsSettings().setValue( DpkLayoutTemplates::FOLDER_SETTING, mFolder.path() );
  }

  void TearDown() override { QgsSettings().remove( DpkLayoutTemplates::FOLDER_SETTING ); }

  QTemporaryDir mFolder;
  QgsProject mProject;
  DpkBuildResult mResult;
};

TEST_F( DpkLayoutTemplatesOnStockholm, ARunMakesItsSheetFromAnOrganisationTemplateNamedInIt )
{
  writeTemplate( mFolder.path(), QStringLiteral( "stadens-a4.qpt" ) );
  const DpkResult<QgsPrintLayout *> built =
      DpkLayoutBuilder( &mProject )
          .build( mResult, QStringLiteral( "meritvarde" ), QStringLiteral( "stadens-a4" ), true );
  ASSERT_TRUE( built.isOk() ) << built.error().toStdString();
  EXPECT_TRUE( built.value()->atlas()->enabled() );
  EXPECT_EQ( mProject.layoutManager()->printLayouts().size(), 1 );
}

TEST_F( DpkLayoutTemplatesOnStockholm, ARunRefusesAnOrganisationTemplateNamingItsFileAndMissingIds )
{
  const QString path =
      writeTemplate( mFolder.path(), QStringLiteral( "gammal.qpt" ),
                     { QStringLiteral( "suppression" ), QStringLiteral( "date" ) } );
  const DpkResult<QgsPrintLayout *> built =
      DpkLayoutBuilder( &mProject )
          .build( mResult, QStringLiteral( "meritvarde" ), QStringLiteral( "gammal" ) );
  ASSERT_FALSE( built.isOk() );
  EXPECT_TRUE( built.error().startsWith( path ) ) << built.error().toStdString();
  EXPECT_TRUE( built.error().contains( QStringLiteral( "'suppression', 'date'" ) ) )
      << built.error().toStdString();
  EXPECT_TRUE( mProject.layoutManager()->printLayouts().isEmpty() );
}

TEST( DpkLayoutTemplates, TellsAPathToAQptFileFromATemplatesName )
{
  EXPECT_TRUE( DpkLayoutTemplates::isFilePath( QStringLiteral( "mallar/kommun.qpt" ) ) );
  EXPECT_TRUE( DpkLayoutTemplates::isFilePath( QStringLiteral( "kommun.QPT" ) ) );
  EXPECT_TRUE( DpkLayoutTemplates::isFilePath( QStringLiteral( "/srv/mallar/kommun" ) ) );
  EXPECT_FALSE( DpkLayoutTemplates::isFilePath( QStringLiteral( "kommunens-a4" ) ) );
  EXPECT_FALSE( DpkLayoutTemplates::isFilePath( QStringLiteral( "a4-landscape" ) ) );
}
