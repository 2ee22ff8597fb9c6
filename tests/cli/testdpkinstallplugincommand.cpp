#include "dpkcommandrun.h"
#include "dpkinstallplugincommand.h"

#include <gtest/gtest.h>

// Installing for real changes the user's QGIS profile: DpkQgisProfileInstaller's tests cover the
// installation in temporary folders, and these the command's handling of its arguments.

TEST( DpkInstallPluginCommand, ExpectsExactlyOneModulePath )
{
  const DpkCommandRun none = DpkCommandRun::of<DpkInstallPluginCommand>( {} );
  EXPECT_EQ( none.exitCode, DpkCommand::BadInput );
  EXPECT_TRUE( none.err.contains( QStringLiteral( "libdatapakartaplugin.so" ) ) );

  const DpkCommandRun two = DpkCommandRun::of<DpkInstallPluginCommand>(
      { QStringLiteral( "a.so" ), QStringLiteral( "b.so" ) } );
  EXPECT_EQ( two.exitCode, DpkCommand::BadInput );
  EXPECT_TRUE( two.out.isEmpty() );
}

TEST( DpkInstallPluginCommand, NamesAMissingModuleWithoutInstallingAnything )
{
  const DpkCommandRun result =
      DpkCommandRun::of<DpkInstallPluginCommand>( { QStringLiteral( "/nowhere/libx.so" ) } );
  EXPECT_EQ( result.exitCode, DpkCommand::BadInput );
  EXPECT_TRUE( result.err.contains( QStringLiteral( "/nowhere/libx.so" ) ) );
  EXPECT_TRUE( result.out.isEmpty() );
}
