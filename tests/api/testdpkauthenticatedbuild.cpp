#include "dpkmapbuilder.h"
#include "dpkprojectupdater.h"
#include "dpkstockholmfixture.h"
#include "dpktestauthconfig.h"

#include <qgsarchive.h>
#include <qgsproject.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

namespace
{
//! Returns every file of the zip archive \a path by name, unpacked with QGIS's own reader.
QHash<QString, QByteArray> unzipped( const QString &path )
{
  QHash<QString, QByteArray> contents;
  QgsArchive archive;
  EXPECT_TRUE( archive.unzip( path ) ) << "cannot unzip " << path.toStdString();
  for ( const QString &file : archive.files() )
  {
    QFile unpacked( file );
    EXPECT_TRUE( unpacked.open( QIODevice::ReadOnly ) ) << file.toStdString();
    contents.insert( QFileInfo( file ).fileName(), unpacked.readAll() );
  }
  return contents;
}

//! Returns the content of the file at \a path.
QByteArray contentOf( const QString &path )
{
  QFile file( path );
  EXPECT_TRUE( file.open( QIODevice::ReadOnly ) ) << path.toStdString();
  return file.readAll();
}
} // namespace

using DpkAuthenticatedBuildOnStockholm = DpkStockholmFixture;

TEST_F( DpkAuthenticatedBuildOnStockholm, SendsTheCredentialsWithEveryApiRequest )
{
  const DpkTestAuthConfig auth = DpkTestAuthConfig::storeBasic();
  mConfig.schools.authcfg = auth.id;

  const DpkResult<DpkBuildResult> built =
      DpkMapBuilder( mConfig, mCatalogue, mWork.path() ).build();

  ASSERT_TRUE( built.isOk() ) << built.error().toStdString();
  const QString expected = auth.basicAuthorization();
  const QStringList received = mServer.authorizationHeaders();
  ASSERT_FALSE( received.isEmpty() ) << "the build sent no request to the API";
  EXPECT_EQ( received.count( expected ), received.size() )
      << "Authorization headers received: " << received.join( QLatin1Char( '|' ) ).toStdString();
}

TEST_F( DpkAuthenticatedBuildOnStockholm, StoresTheIdButNoCredentialInTheProjectFile )
{
  const DpkTestAuthConfig auth = DpkTestAuthConfig::storeBasic();
  mConfig.schools.authcfg = auth.id;
  const DpkResult<DpkBuildResult> built =
      DpkMapBuilder( mConfig, mCatalogue, mWork.path() ).build();
  ASSERT_TRUE( built.isOk() ) << built.error().toStdString();

  QgsProject project;
  const DpkResult<QList<QgsMapLayer *>> applied =
      DpkProjectUpdater( &project ).apply( built.value(), mConfig );
  ASSERT_TRUE( applied.isOk() ) << applied.error().toStdString();
  const QString projectFile = QDir( mConfig.outputDir ).filePath( QStringLiteral( "auth.qgz" ) );
  ASSERT_TRUE( project.write( projectFile ) ) << project.error().toStdString();

  const QHash<QString, QByteArray> files = unzipped( projectFile );
  ASSERT_FALSE( files.isEmpty() );
  bool holdsTheId = false;
  for ( auto file = files.constBegin(); file != files.constEnd(); ++file )
  {
    holdsTheId = holdsTheId || file.value().contains( auth.id.toUtf8() );
    EXPECT_FALSE( file.value().contains( auth.userName.toUtf8() ) )
        << file.key().toStdString() << " holds the user name";
    EXPECT_FALSE( file.value().contains( auth.password.toUtf8() ) )
        << file.key().toStdString() << " holds the password";
    EXPECT_FALSE( file.value().contains( auth.encodedCredentials() ) )
        << file.key().toStdString() << " holds the Authorization header";
  }
  EXPECT_TRUE( holdsTheId ) << "the project does not hold the authcfg id " << auth.id.toStdString();

  const QByteArray geopackage = contentOf( built.value().geopackage );
  EXPECT_FALSE( geopackage.contains( auth.userName.toUtf8() ) );
  EXPECT_FALSE( geopackage.contains( auth.password.toUtf8() ) );

  QgsProject reopened;
  ASSERT_TRUE( reopened.read( projectFile ) ) << reopened.error().toStdString();
  const std::optional<DpkRunConfig> stored = DpkProjectUpdater::storedRun( &reopened );
  ASSERT_TRUE( stored.has_value() );
  EXPECT_EQ( stored->schools.authcfg, auth.id );
}
