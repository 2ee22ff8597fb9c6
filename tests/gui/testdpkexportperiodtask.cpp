#include "dpkexportperiodtask.h"
#include "dpkguitestsupport.h"
#include "dpkindicatorcatalogue.h"

#include <qgsapplication.h>

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace
{
const QString EXPORT = QStringLiteral(
    DPK_REALDATA_DIR
    "/skolverket-export/Grundskola - Slutbetyg årskurs 9, samtliga elever 2025 Skolenhet.csv" );
} // namespace

TEST( DpkExportPeriodTask, FindsTheSchoolYearOfTheRealExportInTheBackground )
{
  ASSERT_TRUE( QFile::exists( EXPORT ) )
      << "the shared real data is missing: " << EXPORT.toStdString();
  auto *task =
      new DpkExportPeriodTask( EXPORT, DpkIndicatorCatalogue::builtIn().value().indicators() );
  QList<DpkPeriod> found;
  QString error;
  QObject::connect( task, &DpkExportPeriodTask::periodsFound,
                    [ &found ]( const QString &, const QList<DpkPeriod> &periods )
                    { found = periods; } );
  QObject::connect( task, &DpkExportPeriodTask::failed,
                    [ &error ]( const QString &, const QString &message ) { error = message; } );
  QgsApplication::taskManager()->addTask( task );
  ASSERT_TRUE(
      dpkWaitForSignal( QgsApplication::taskManager(), &QgsTaskManager::allTasksFinished, 30000 ) );

  EXPECT_TRUE( error.isEmpty() ) << error.toStdString();
  ASSERT_EQ( found.size(), 1 );
  EXPECT_EQ( found.first(), DpkPeriod( 2024 ) );
}

TEST( DpkExportPeriodTask, NamesAFileThatCannotBeRead )
{
  QTemporaryDir folder;
  const QString missing = folder.filePath( QStringLiteral( "export.csv" ) );
  auto *task =
      new DpkExportPeriodTask( missing, DpkIndicatorCatalogue::builtIn().value().indicators() );
  QString error;
  bool foundAny = false;
  QObject::connect( task, &DpkExportPeriodTask::periodsFound, [ &foundAny ] { foundAny = true; } );
  QObject::connect( task, &DpkExportPeriodTask::failed,
                    [ &error ]( const QString &, const QString &message ) { error = message; } );
  QgsApplication::taskManager()->addTask( task );
  ASSERT_TRUE(
      dpkWaitForSignal( QgsApplication::taskManager(), &QgsTaskManager::allTasksFinished, 30000 ) );

  EXPECT_FALSE( foundAny );
  EXPECT_TRUE( error.contains( missing ) ) << error.toStdString();
}
