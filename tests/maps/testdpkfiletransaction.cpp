#include "dpkfiletransaction.h"
#include "dpktestfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace
{
void writeFile( const QString &path, const QByteArray &content )
{
  QFile file( path );
  ASSERT_TRUE( file.open( QIODevice::WriteOnly ) ) << path.toStdString();
  file.write( content );
}

//! Replaces the file at \a path as the writers do: a new file renamed over the old one.
void replaceFile( const QString &path, const QByteArray &content )
{
  writeFile( path + QStringLiteral( ".new" ), content );
  ASSERT_TRUE( QFile::remove( path ) || !QFile::exists( path ) );
  ASSERT_TRUE( QFile::rename( path + QStringLiteral( ".new" ), path ) );
}

//! Returns the names of the files in \a folder, hidden ones included.
QStringList filesIn( const QString &folder )
{
  return QDir( folder ).entryList( QDir::Files | QDir::Hidden, QDir::Name );
}
} // namespace

TEST( DpkFileTransaction, PutsBackEveryEarlierFileWhenTheRunDoesNotCommit )
{
  QTemporaryDir work;
  const QString geopackage = work.filePath( QStringLiteral( "karta.gpkg" ) );
  const QString project = work.filePath( QStringLiteral( "karta.qgz" ) );
  writeFile( geopackage, QByteArray( 5000, 'g' ) );
  writeFile( project, "the earlier project" );
  const QByteArray geopackageBefore = dpkChecksum( geopackage );
  const QByteArray projectBefore = dpkChecksum( project );
  {
    DpkFileTransaction files;
    ASSERT_TRUE( files.protect( geopackage ).isOk() );
    replaceFile( geopackage, "the new school year" );
    ASSERT_TRUE( files.protect( project ).isOk() );
    writeFile( project, "a project written in place" );
    EXPECT_EQ( files.paths(), ( QStringList{ geopackage, project } ) );
  }
  EXPECT_EQ( dpkChecksum( geopackage ), geopackageBefore );
  EXPECT_EQ( dpkChecksum( project ), projectBefore );
  EXPECT_EQ( filesIn( work.path() ), ( QStringList{ "karta.gpkg", "karta.qgz" } ) )
      << "no kept copy is left behind";
}

TEST( DpkFileTransaction, RemovesAFileThatDidNotExistBeforeTheFailedRun )
{
  QTemporaryDir work;
  const QString sheet = work.filePath( QStringLiteral( "karta-meritvarde.pdf" ) );
  {
    DpkFileTransaction files;
    ASSERT_TRUE( files.protect( sheet ).isOk() );
    writeFile( sheet, "%PDF-" );
  }
  EXPECT_FALSE( QFile::exists( sheet ) );
  EXPECT_TRUE( filesIn( work.path() ).isEmpty() );
}

TEST( DpkFileTransaction, KeepsTheNewFilesWhenTheRunCommits )
{
  QTemporaryDir work;
  const QString geopackage = work.filePath( QStringLiteral( "karta.gpkg" ) );
  const QString sheet = work.filePath( QStringLiteral( "karta-meritvarde.pdf" ) );
  writeFile( geopackage, "the earlier school year" );
  {
    DpkFileTransaction files;
    ASSERT_TRUE( files.protect( geopackage ).isOk() );
    ASSERT_TRUE( files.protect( sheet ).isOk() );
    replaceFile( geopackage, "the new school year" );
    writeFile( sheet, "%PDF-" );
    files.commit();
    EXPECT_TRUE( files.paths().isEmpty() );
  }
  QFile kept( geopackage );
  ASSERT_TRUE( kept.open( QIODevice::ReadOnly ) );
  EXPECT_EQ( kept.readAll(), QByteArray( "the new school year" ) );
  EXPECT_TRUE( QFile::exists( sheet ) );
  EXPECT_EQ( filesIn( work.path() ), ( QStringList{ "karta-meritvarde.pdf", "karta.gpkg" } ) );
}

TEST( DpkFileTransaction, KeepsTheFirstCopyOfAPathProtectedTwice )
{
  QTemporaryDir work;
  const QString sheet = work.filePath( QStringLiteral( "karta-meritvarde.pdf" ) );
  writeFile( sheet, "the earlier sheet" );
  const QByteArray before = dpkChecksum( sheet );
  {
    DpkFileTransaction files;
    ASSERT_TRUE( files.protect( sheet ).isOk() );
    replaceFile( sheet, "a first new sheet" );
    ASSERT_TRUE( files.protect( sheet ).isOk() );
    replaceFile( sheet, "a second new sheet" );
  }
  EXPECT_EQ( dpkChecksum( sheet ), before );
}

TEST( DpkFileTransaction, RefusesToProtectAFolderAndNamesIt )
{
  QTemporaryDir work;
  const QString folder = work.filePath( QStringLiteral( "karta.gpkg" ) );
  ASSERT_TRUE( QDir().mkpath( folder ) );
  DpkFileTransaction files;
  const DpkResult<bool> kept = files.protect( folder );
  ASSERT_FALSE( kept.isOk() );
  EXPECT_TRUE( kept.error().contains( QDir::toNativeSeparators( folder ) ) )
      << kept.error().toStdString();
  EXPECT_TRUE( files.paths().isEmpty() );
}

TEST( DpkFileTransaction, StopsASecondRunWritingTheSameFile )
{
  QTemporaryDir work;
  const QString path = work.filePath( QStringLiteral( "karta.gpkg" ) );
  writeFile( path, "earlier" );
  DpkFileTransaction first;
  ASSERT_TRUE( first.protect( path ).isOk() );

  DpkFileTransaction second;
  const DpkResult<bool> refused = second.protect( path );
  ASSERT_FALSE( refused.isOk() );
  EXPECT_TRUE( refused.error().contains( QStringLiteral( "another run" ) ) )
      << refused.error().toStdString();

  // Once the first run is over, the file is free again and no lock is left behind.
  first.commit();
  EXPECT_EQ( filesIn( work.path() ), QStringList{ QStringLiteral( "karta.gpkg" ) } );
  EXPECT_TRUE( second.protect( path ).isOk() );
}

TEST( DpkFileTransaction, RefusesToOverwriteTheCopyARunThatDidNotFinishLeft )
{
  // What a killed run leaves: the new file, and the earlier one kept beside it.
  QTemporaryDir work;
  const QString path = work.filePath( QStringLiteral( "karta.gpkg" ) );
  const QString copy = work.filePath( QStringLiteral( ".karta.gpkg.kept" ) );
  writeFile( path, "new" );
  writeFile( copy, "earlier" );

  DpkFileTransaction files;
  const DpkResult<bool> refused = files.protect( path );
  ASSERT_FALSE( refused.isOk() );
  EXPECT_TRUE( refused.error().contains( QDir::toNativeSeparators( copy ) ) )
      << refused.error().toStdString();
  files.rollback();
  EXPECT_EQ( dpkChecksum( copy ),
             QCryptographicHash::hash( "earlier", QCryptographicHash::Sha256 ) );
  EXPECT_EQ( dpkChecksum( path ), QCryptographicHash::hash( "new", QCryptographicHash::Sha256 ) );
}
