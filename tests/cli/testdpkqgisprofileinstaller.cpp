#include "dpkqgisprofileinstaller.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace
{
QString writeFakeModule( const QTemporaryDir &dir )
{
  const QString path = dir.filePath( QStringLiteral( "libdatapakartaplugin.so" ) );
  QFile file( path );
  EXPECT_TRUE( file.open( QIODevice::WriteOnly ) );
  // What the installer looks at: the name of a shared library and the ELF magic.
  file.write( "\x7f"
              "ELF module bytes" );
  return path;
}
} // namespace

TEST( DpkQgisProfileInstaller, CopiesTheModuleAndEnablesItInTheProfile )
{
  QTemporaryDir build, profile, plugins;
  const QString module = writeFakeModule( build );
  {
    QSettings existing( profile.filePath( QStringLiteral( "QGIS/QGIS3.ini" ) ),
                        QSettings::IniFormat );
    existing.setValue( QStringLiteral( "plugins/searchPathsForPlugins" ),
                       QStringList{ QStringLiteral( "/opt/other" ) } );
    existing.setValue( QStringLiteral( "locale/userLocale" ), QStringLiteral( "sv_SE" ) );
  }

  const DpkQgisProfileInstaller installer( profile.path(), plugins.path() );
  const DpkResult<QString> installed = installer.install( module );

  ASSERT_TRUE( installed.isOk() ) << installed.error().toStdString();
  EXPECT_EQ( installed.value(), plugins.filePath( QStringLiteral( "libdatapakartaplugin.so" ) ) );
  QFile copy( installed.value() );
  ASSERT_TRUE( copy.open( QIODevice::ReadOnly ) );
  EXPECT_EQ( copy.readAll(), QByteArray( "\x7f"
                                         "ELF module bytes" ) );

  QSettings settings( profile.filePath( QStringLiteral( "QGIS/QGIS3.ini" ) ),
                      QSettings::IniFormat );
  EXPECT_EQ( settings.value( QStringLiteral( "plugins/searchPathsForPlugins" ) ).toStringList(),
             QStringList( { QStringLiteral( "/opt/other" ), plugins.path() } ) );
  EXPECT_TRUE( settings.value( QStringLiteral( "Plugins/libdatapakartaplugin" ) ).toBool() );
  EXPECT_EQ( settings.value( QStringLiteral( "locale/userLocale" ) ).toString(),
             QStringLiteral( "sv_SE" ) );
}

TEST( DpkQgisProfileInstaller, InstallingTwiceKeepsOneSearchPath )
{
  QTemporaryDir build, profile, plugins;
  const QString module = writeFakeModule( build );
  const DpkQgisProfileInstaller installer( profile.path(), plugins.path() );
  ASSERT_TRUE( installer.install( module ).isOk() );
  ASSERT_TRUE( installer.install( module ).isOk() );

  QSettings settings( profile.filePath( QStringLiteral( "QGIS/QGIS3.ini" ) ),
                      QSettings::IniFormat );
  EXPECT_EQ( settings.value( QStringLiteral( "plugins/searchPathsForPlugins" ) ).toStringList(),
             QStringList{ plugins.path() } );
}

TEST( DpkQgisProfileInstaller, NamesAMissingModule )
{
  QTemporaryDir profile, plugins;
  const DpkQgisProfileInstaller installer( profile.path(), plugins.path() );
  const DpkResult<QString> installed = installer.install( QStringLiteral( "/nowhere/libx.so" ) );
  ASSERT_FALSE( installed.isOk() );
  EXPECT_TRUE( installed.error().contains( QStringLiteral( "/nowhere/libx.so" ) ) );
  EXPECT_FALSE( QFile::exists( profile.filePath( QStringLiteral( "QGIS/QGIS3.ini" ) ) ) );
}

TEST( DpkQgisProfileInstaller, RefusesAFileThatIsNotAPluginModule )
{
  QTemporaryDir build, profile, plugins;
  const QString text = build.filePath( QStringLiteral( "plainfile" ) );
  QFile file( text );
  ASSERT_TRUE( file.open( QIODevice::WriteOnly ) );
  file.write( "just text" );
  file.close();
  const DpkQgisProfileInstaller installer( profile.path(), plugins.path() );
  const DpkResult<QString> installed = installer.install( text );
  ASSERT_FALSE( installed.isOk() );
  EXPECT_TRUE( installed.error().contains( text ) ) << installed.error().toStdString();
  EXPECT_TRUE( QDir( plugins.path() ).isEmpty() );
  EXPECT_FALSE( QFile::exists( profile.filePath( QStringLiteral( "QGIS/QGIS3.ini" ) ) ) );
}
