#include "dpkcommandrun.h"
#include "dpkinstallprojecttemplatecommand.h"
#include "dpkprojecttemplate.h"
#include "dpkprojectupdater.h"

#include <qgslayoutmanager.h>
#include <qgsproject.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

TEST( DpkInstallProjectTemplateCommand, InstallsTheTemplateThatQgisThenReads )
{
  QTemporaryDir profile;
  const QString folder = QDir( profile.path() ).filePath( QStringLiteral( "project_templates" ) );
  const DpkCommandRun result = DpkCommandRun::of<DpkInstallProjectTemplateCommand>(
      { QStringLiteral( "--folder" ), folder } );
  ASSERT_EQ( result.exitCode, DpkCommand::Success ) << result.err.toStdString();
  const QString installed = QDir( folder ).filePath( DpkProjectTemplate::FILE_NAME );
  EXPECT_TRUE( result.out.contains( installed ) ) << result.out.toStdString();

  QgsProject project;
  ASSERT_TRUE( project.read( installed ) ) << project.error().toStdString();
  EXPECT_EQ( project.layoutManager()->printLayouts().size(),
             DpkProjectTemplate::indicators().size() );
  EXPECT_TRUE( DpkProjectUpdater::storedTemplateRun( &project ).has_value() );
}

TEST( DpkInstallProjectTemplateCommand, NamesTheFileItCannotWrite )
{
  QTemporaryDir work;
  const QString blocker = QDir( work.path() ).filePath( QStringLiteral( "fil" ) );
  QFile file( blocker );
  ASSERT_TRUE( file.open( QIODevice::WriteOnly ) );
  file.close();
  const DpkCommandRun result = DpkCommandRun::of<DpkInstallProjectTemplateCommand>(
      { QStringLiteral( "--folder" ), blocker } );
  EXPECT_EQ( result.exitCode, DpkCommand::Failure );
  EXPECT_TRUE( result.err.contains( blocker ) ) << result.err.toStdString();
  EXPECT_TRUE( result.out.isEmpty() );
}

TEST( DpkInstallProjectTemplateCommand, RefusesAnUnknownOption )
{
  const DpkCommandRun result = DpkCommandRun::of<DpkInstallProjectTemplateCommand>(
      { QStringLiteral( "--profile" ), QStringLiteral( "x" ) } );
  EXPECT_EQ( result.exitCode, DpkCommand::BadInput );
  EXPECT_TRUE( result.err.contains( QStringLiteral( "--profile" ) ) ) << result.err.toStdString();
}
