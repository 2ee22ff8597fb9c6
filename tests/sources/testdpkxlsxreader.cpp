#include "dpktestxlsxwriter.h"
#include "dpkxlsxreader.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

TEST( DpkXlsxReader, ReadsEveryRowAsTextWithItsSpreadsheetRowNumber )
{
  QTemporaryDir folder;
  ASSERT_TRUE( folder.isValid() );
  const QString path = folder.filePath( QStringLiteral( "export.xlsx" ) );
  // A first row of text above rows of numbers is what OGR takes for field names by default.
  ASSERT_TRUE( DpkTestXlsxWriter::write( path, { { "Skola", "Kommun-kod", "Meritvärde" },
                                                 { "Norra", "0180", "251,5" },
                                                 {},
                                                 { "Södra", "0604", "." } } ) );

  const DpkResult<QList<DpkExportTable>> sheets = DpkXlsxReader::readSheets( path );
  ASSERT_TRUE( sheets.isOk() ) << sheets.error().toStdString();
  ASSERT_EQ( sheets.value().size(), 1 );
  const DpkExportTable &sheet = sheets.value().at( 0 );
  EXPECT_EQ( sheet.name, QStringLiteral( "Skolenhet" ) );
  ASSERT_EQ( sheet.rows.size(), 4 );

  EXPECT_EQ( sheet.rows.at( 0 ).line, 1 );
  EXPECT_EQ( sheet.rows.at( 0 ).cells, QStringList( { "Skola", "Kommun-kod", "Meritvärde" } ) );
  EXPECT_EQ( sheet.rows.at( 1 ).cells.at( 1 ), QStringLiteral( "0180" ) );
  EXPECT_EQ( sheet.rows.at( 1 ).cells.at( 2 ), QStringLiteral( "251.5" ) );
  EXPECT_TRUE( sheet.rows.at( 2 ).isBlank() );
  EXPECT_EQ( sheet.rows.at( 3 ).line, 4 );
  EXPECT_EQ( sheet.rows.at( 3 ).cells.at( 2 ), QStringLiteral( "." ) );
}

TEST( DpkXlsxReader, RefusesAFileThatIsNoWorkbookNamingIt )
{
  QTemporaryDir folder;
  const QString path = folder.filePath( QStringLiteral( "not-a-workbook.xlsx" ) );
  QFile file( path );
  ASSERT_TRUE( file.open( QIODevice::WriteOnly ) );
  file.write( "Skola;Skol-enhetskod\n" );
  file.close();

  const DpkResult<QList<DpkExportTable>> sheets = DpkXlsxReader::readSheets( path );
  ASSERT_FALSE( sheets.isOk() );
  EXPECT_TRUE( sheets.error().contains( path ) );
  EXPECT_FALSE(
      DpkXlsxReader::readSheets( folder.filePath( QStringLiteral( "missing.xlsx" ) ) ).isOk() );
}
