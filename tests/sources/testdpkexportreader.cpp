#include "dpkcsvsplitter.h"
#include "dpkexportreader.h"
#include "dpkindicatorcatalogue.h"
#include "dpktestxlsxwriter.h"
#include "dpktextdecoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace
{
const char *const PREAMBLE = "Statistik från Skolverket, https://www.skolverket.se;;;;;;;;;;\n"
                             ";;;;;;;;;;\n"
                             "Grundskola - Slutbetyg årskurs 9, samtliga elever;;;;;;;;;;\n"
                             "Valt läsår: 2024/25;;;;;;;;;;\n"
                             ";;;;;;;;;;\n";
const char *const HEADER =
    "Skola;Skol-enhetskod;Skolkommun;Kommun-kod;Typ av huvudman;Huvudman;Huvudman orgnr;"
    "Antal elever;Andel (%) elever som uppfyllt betygskriterierna i alla ämnen;"
    "Andel (%) elever behöriga till yrkesprog.;Genomsnittligt meritvärde (17 ämnen)\n";
const char *const FOOTNOTES = ";;;;;;;;;;\n"
                              "Rapportbeskrivning och definitioner etc.  ;;;;;;;;;;\n"
                              ";Visas som \"~100; se ovan.;;;;;;;;;\n";
const DpkPeriod PERIOD( 2024 );

DpkIndicator indicator( const char *id, const char *column, double maximum )
{
  DpkIndicator result;
  result.id = QString::fromUtf8( id );
  result.exportColumns = QStringList( QString::fromUtf8( column ) );
  result.minimum = 0.0;
  result.maximum = maximum;
  return result;
}

//! The indicators of the national export, written here from the export's own header texts so
//! that these tests do not depend on the catalogue file.
QList<DpkIndicator> exportIndicators()
{
  return {
      indicator( "elever_ak9", "Antal elever", 10000 ),
      indicator( "alla_amnen", "Andel (%) elever som uppfyllt betygskriterierna i alla ämnen",
                 100 ),
      indicator( "behorig_yrkes", "Andel (%) elever behöriga till yrkesprog.", 100 ),
      indicator( "meritvarde", "Genomsnittligt meritvärde (17 ämnen)", 340 ),
  };
}

//! A CSV export in UTF-8 holding \a dataLines as its school rows (line 7 onwards).
QByteArray exportCsv( const QByteArray &dataLines, const char *footnotes = FOOTNOTES )
{
  return QByteArray( PREAMBLE ) + HEADER + dataLines + footnotes;
}

DpkDataset readCsv( const QByteArray &bytes )
{
  const DpkResult<DpkDataset> result =
      DpkExportReader( exportIndicators() ).readCsvData( bytes, QStringLiteral( "test.csv" ) );
  EXPECT_TRUE( result.isOk() ) << result.error().toStdString();
  return result.isOk() ? result.value() : DpkDataset();
}

QString readCsvError( const QByteArray &bytes )
{
  const DpkResult<DpkDataset> result =
      DpkExportReader( exportIndicators() ).readCsvData( bytes, QStringLiteral( "test.csv" ) );
  EXPECT_FALSE( result.isOk() );
  return result.error();
}

DpkValue valueOf( const DpkSchool &school, const char *indicatorId )
{
  return school.values.value( QString::fromUtf8( indicatorId ) ).value( PERIOD );
}

QString rejectionAt( const DpkReadReport &report, int line )
{
  for ( const DpkRejectedRow &row : report.rejected )
  {
    if ( row.line == line )
      return row.reason;
  }
  return QString();
}

QString realExportPath()
{
  return QString::fromUtf8( DPK_REALDATA_DIR "/skolverket-export/Grundskola - Slutbetyg årskurs "
                                             "9, samtliga elever 2025 Skolenhet.csv" );
}

//! Reads the real national export with the real catalogue; fails the test when either is missing.
DpkDataset readRealExport( const QString &path = realExportPath() )
{
  EXPECT_TRUE( QFileInfo::exists( realExportPath() ) )
      << "The real Skolverket export is missing: " << realExportPath().toStdString()
      << " (set DPK_REALDATA_DIR to the shared real data)";
  const DpkResult<DpkIndicatorCatalogue> catalogue = DpkIndicatorCatalogue::fromFile(
      QStringLiteral( DPK_SOURCE_DIR "/resources/indicators/standard-indicators.json" ) );
  EXPECT_TRUE( catalogue.isOk() ) << catalogue.error().toStdString();
  if ( !catalogue.isOk() )
    return DpkDataset();
  const DpkResult<DpkDataset> result =
      DpkExportReader( catalogue.value().indicators() ).readFile( path );
  EXPECT_TRUE( result.isOk() ) << result.error().toStdString();
  return result.isOk() ? result.value() : DpkDataset();
}

//! Counts the schools whose value of \a indicatorId has \a status.
int countStatus( const DpkDataset &dataset, const char *indicatorId, DpkValue::Status status )
{
  int count = 0;
  for ( const DpkSchool &school : dataset.schools )
  {
    const DpkValueSeries series = school.values.value( QString::fromUtf8( indicatorId ) );
    if ( series.contains( dataset.period ) && series.value( dataset.period ).status() == status )
      ++count;
  }
  return count;
}
} // namespace

TEST( DpkExportReader, ReadsSchoolsFieldsAndMarksOfAnExport )
{
  const DpkDataset dataset = readCsv( exportCsv(
      "Oasens skola;48000763;Aneby;0604;Enskild;Oasen Utbildningscenter AB;5566501796;..;.;.;..\n"
      "Linnéskolan 3;24982244;Älmhult;0765;Kommunal;Älmhults "
      "kommun;2120000647;11;.;~100;108,5\n" ) );
  EXPECT_EQ( dataset.period, PERIOD );
  EXPECT_EQ( dataset.report.rowsRead, 2 );
  EXPECT_TRUE( dataset.report.rejected.isEmpty() );
  EXPECT_TRUE( dataset.report.complete );
  EXPECT_EQ( dataset.report.footnoteLines, 3 );
  EXPECT_TRUE( dataset.report.warnings.isEmpty() )
      << dataset.report.warnings.join( '\n' ).toStdString();
  ASSERT_EQ( dataset.schools.size(), 2 );

  const DpkSchool &oasen = dataset.schools.at( 0 );
  EXPECT_EQ( oasen.code, QStringLiteral( "48000763" ) );
  EXPECT_EQ( oasen.name, QStringLiteral( "Oasens skola" ) );
  EXPECT_EQ( oasen.municipalityCode, QStringLiteral( "0604" ) );
  EXPECT_EQ( oasen.municipalityName, QStringLiteral( "Aneby" ) );
  EXPECT_EQ( oasen.organiserType, QStringLiteral( "Enskild" ) );
  EXPECT_EQ( oasen.organiser, QStringLiteral( "Oasen Utbildningscenter AB" ) );
  EXPECT_EQ( valueOf( oasen, "elever_ak9" ).status(), DpkValue::Status::SuppressedFewPupils );
  EXPECT_EQ( valueOf( oasen, "alla_amnen" ).status(), DpkValue::Status::Missing );
  EXPECT_FALSE( valueOf( oasen, "meritvarde" ).hasNumber() );

  const DpkSchool &linne = dataset.schools.at( 1 );
  EXPECT_EQ( linne.municipalityName, QStringLiteral( "Älmhult" ) );
  EXPECT_DOUBLE_EQ( valueOf( linne, "meritvarde" ).number(), 108.5 );
  EXPECT_DOUBLE_EQ( valueOf( linne, "elever_ak9" ).number(), 11.0 );
  EXPECT_EQ( valueOf( linne, "behorig_yrkes" ).status(), DpkValue::Status::RoundedNear100 );
  EXPECT_FALSE( valueOf( linne, "behorig_yrkes" ).hasNumber() );
}

TEST( DpkExportReader, NeverKeepsTheOrganisationNumber )
{
  const DpkDataset dataset = readCsv(
      exportCsv( "Skolan;12345678;Aneby;0604;Enskild;Enskild firma;1912121212;20;90;95;250\n" ) );
  ASSERT_EQ( dataset.schools.size(), 1 );
  const DpkSchool &school = dataset.schools.at( 0 );
  for ( const QString &field : { school.code, school.name, school.municipalityCode,
                                 school.municipalityName, school.organiserType, school.organiser } )
    EXPECT_FALSE( field.contains( QStringLiteral( "1912121212" ) ) );
  EXPECT_EQ( school.values.size(), 4 );
}

TEST( DpkExportReader, RejectsBadRowsWithLineAndReasonAndKeepsTheGoodOnes )
{
  const DpkDataset dataset = readCsv( exportCsv(
      "Bra skola;12345678;Aneby;0604;Enskild;AB;1;20;90;95;250\n"     // 7: good
      "Kort kod;1234567;Aneby;0604;Enskild;AB;1;20;90;95;250\n"       // 8: 7 digits
      "Utan nolla;22345678;Stockholm;180;Kommunal;K;1;20;90;95;250\n" // 9: kommunkod lost its 0
      "För få;32345678;Aneby;0604;Enskild;AB;1;20;90\n"               // 10: 9 fields
      "Text;42345678;Aneby;0604;Enskild;AB;1;20;många;95;250\n"       // 11: not a value
      "För högt;52345678;Aneby;0604;Enskild;AB;1;20;90;95;412,5\n"    // 12: outside 0-340
      "Dubblett;12345678;Aneby;0604;Enskild;AB;1;20;90;95;250\n"      // 13: code again
      ";62345678;Aneby;0604;Enskild;AB;1;20;90;95;250\n"              // 14: no name
      "Också bra;72345678;Aneby;0604;Enskild;AB;1;1 234;90;95;250\n"  // 15: good
      ) );
  EXPECT_EQ( dataset.report.rowsRead, 2 );
  ASSERT_EQ( dataset.schools.size(), 2 );
  EXPECT_EQ( dataset.schools.at( 1 ).code, QStringLiteral( "72345678" ) );
  ASSERT_EQ( dataset.report.rejected.size(), 7 );

  EXPECT_TRUE( rejectionAt( dataset.report, 8 ).contains( QStringLiteral( "8 digits" ) ) );
  EXPECT_TRUE( rejectionAt( dataset.report, 8 ).contains( QStringLiteral( "1234567" ) ) );
  EXPECT_TRUE( rejectionAt( dataset.report, 9 ).contains( QStringLiteral( "Kommun-kod '180'" ) ) );
  EXPECT_TRUE(
      rejectionAt( dataset.report, 10 ).contains( QStringLiteral( "9 fields, expected 11" ) ) )
      << rejectionAt( dataset.report, 10 ).toStdString();
  EXPECT_TRUE( rejectionAt( dataset.report, 11 ).contains( QStringLiteral( "'många'" ) ) );
  EXPECT_TRUE( rejectionAt( dataset.report, 11 ).contains( QStringLiteral( "alla ämnen" ) ) );
  EXPECT_TRUE( rejectionAt( dataset.report, 12 ).contains( QStringLiteral( "412,5" ) ) );
  EXPECT_TRUE( rejectionAt( dataset.report, 12 ).contains( QStringLiteral( "'meritvarde'" ) ) );
  EXPECT_TRUE( rejectionAt( dataset.report, 13 ).contains( QStringLiteral( "line 7" ) ) );
  EXPECT_TRUE( rejectionAt( dataset.report, 14 ).contains( QStringLiteral( "Skola is empty" ) ) );
  EXPECT_TRUE( dataset.report.complete );
}

TEST( DpkExportReader, ReadsNumbersWithSpaceThousandsSeparators )
{
  const DpkDataset dataset =
      readCsv( exportCsv( "Stor skola;12345678;Aneby;0604;Kommunal;K;1;1 234;93,5;96,1;241,25\n"
                          "Större skola;22345678;Aneby;0604;Kommunal;K;1;2\xC2\xA0"
                          "001;80;85;230\n" ) );
  ASSERT_EQ( dataset.schools.size(), 2 );
  EXPECT_DOUBLE_EQ( valueOf( dataset.schools.at( 0 ), "elever_ak9" ).number(), 1234.0 );
  EXPECT_DOUBLE_EQ( valueOf( dataset.schools.at( 0 ), "alla_amnen" ).number(), 93.5 );
  EXPECT_DOUBLE_EQ( valueOf( dataset.schools.at( 0 ), "meritvarde" ).number(), 241.25 );
  EXPECT_DOUBLE_EQ( valueOf( dataset.schools.at( 1 ), "elever_ak9" ).number(), 2001.0 );
}

TEST( DpkExportReader, ReadsAFileWithoutByteOrderMarkAndWithWindowsLineBreaks )
{
  QByteArray bytes =
      exportCsv( "Oasens skola;48000763;Aneby;0604;Enskild;Oasen AB;1;..;.;.;..\n"
                 "Linnéskolan 3;24982244;Älmhult;0765;Kommunal;Älmhults kommun;2;11;.;..;108,5\n" );
  bytes.replace( "\n", "\r\n" );
  ASSERT_FALSE( bytes.startsWith( "\xEF\xBB\xBF" ) );
  ASSERT_EQ( DpkTextDecoder::decode( bytes ).value().encoding, DpkTextDecoder::Encoding::Utf8 );

  const DpkDataset dataset = readCsv( bytes );
  EXPECT_EQ( dataset.period, PERIOD );
  ASSERT_EQ( dataset.schools.size(), 2 );
  EXPECT_EQ( dataset.schools.at( 1 ).name, QStringLiteral( "Linnéskolan 3" ) );
  EXPECT_EQ( dataset.report.footnoteLines, 3 );
  EXPECT_TRUE( dataset.report.warnings.isEmpty() );
}

TEST( DpkExportReader, ReadsAWindows1252FileWrittenBySpreadsheetPrograms )
{
  const QByteArray utf8 =
      exportCsv( "Linnéskolan 3;24982244;Älmhult;0765;Kommunal;Älmhults kommun;2;11;.;..;108,5\n"
                 "Skåneskolan – Norr;34982244;Malmö;1280;Enskild;Öresund AB;3;25;80;~100;230\n" );
  QByteArray windows1252;
  for ( const QChar c : QString::fromUtf8( utf8 ) )
    windows1252.append( c == QChar( 0x2013 ) ? '\x96' : static_cast<char>( c.unicode() ) );
  ASSERT_NE( windows1252.indexOf( '\xE4' ), -1 ); // the "ä" of "läsår" is one byte now

  QTemporaryDir folder;
  ASSERT_TRUE( folder.isValid() );
  const QString path = folder.filePath( QStringLiteral( "windows-1252.csv" ) );
  QFile file( path );
  ASSERT_TRUE( file.open( QIODevice::WriteOnly ) );
  file.write( windows1252 );
  file.close();

  const DpkResult<DpkDataset> result = DpkExportReader( exportIndicators() ).readFile( path );
  ASSERT_TRUE( result.isOk() ) << result.error().toStdString();
  const DpkDataset &dataset = result.value();
  EXPECT_EQ( dataset.period, PERIOD );
  ASSERT_EQ( dataset.schools.size(), 2 );
  EXPECT_EQ( dataset.schools.at( 0 ).municipalityName, QStringLiteral( "Älmhult" ) );
  EXPECT_EQ( dataset.schools.at( 1 ).name, QStringLiteral( "Skåneskolan – Norr" ) );
  EXPECT_EQ( dataset.schools.at( 1 ).organiser, QStringLiteral( "Öresund AB" ) );
  EXPECT_DOUBLE_EQ( valueOf( dataset.schools.at( 0 ), "meritvarde" ).number(), 108.5 );
  ASSERT_EQ( dataset.report.warnings.size(), 1 );
  EXPECT_TRUE( dataset.report.warnings.at( 0 ).contains( QStringLiteral( "Windows-1252" ) ) );
  EXPECT_EQ( dataset.report.source, path );
  EXPECT_TRUE( dataset.retrievedAt.isValid() );
}

TEST( DpkExportReader, ReadsAFileThatMixesEncodingsAndWarnsOfIt )
{
  QByteArray bytes = exportCsv( "Linnéskolan 3;24982244;Älmhult;0765;Kommunal;K;2;11;.;..;108,5\n"
                                "V\xE4xj\xF6skolan;34982244;V;0780;Kommunal;K;3;25;80;90;230\n" );
  const DpkDataset dataset = readCsv( bytes );
  EXPECT_EQ( dataset.period, PERIOD );
  ASSERT_EQ( dataset.schools.size(), 2 );
  EXPECT_EQ( dataset.schools.at( 0 ).municipalityName, QStringLiteral( "Älmhult" ) );
  EXPECT_EQ( dataset.schools.at( 1 ).name, QStringLiteral( "Växjöskolan" ) );
  ASSERT_EQ( dataset.report.warnings.size(), 1 );
  EXPECT_TRUE( dataset.report.warnings.at( 0 ).contains( QStringLiteral( "mixes encodings" ) ) );
  EXPECT_TRUE( dataset.report.warnings.at( 0 ).contains( QStringLiteral( "line 8" ) ) );
}

TEST( DpkExportReader, RefusesAFileInUtf16 )
{
  QByteArray utf16( "\xFF\xFE" );
  const QString text =
      QString::fromUtf8( exportCsv( "A;12345678;Aneby;0604;K;K;1;20;90;95;250\n" ) );
  utf16.append( reinterpret_cast<const char *>( text.utf16() ), text.size() * 2 );
  const QString error = readCsvError( utf16 );
  EXPECT_TRUE( error.contains( QStringLiteral( "test.csv" ) ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "UTF-16" ) ) );
}

TEST( DpkExportReader, RefusesAnEmptyFileNamingIt )
{
  for ( const QByteArray &bytes :
        { QByteArray(), QByteArray( "\xEF\xBB\xBF" ), QByteArray( ";;;;\n\n  ;;\n" ) } )
  {
    const QString error = readCsvError( bytes );
    EXPECT_TRUE( error.contains( QStringLiteral( "'test.csv' is empty" ) ) ) << error.toStdString();
  }

  QTemporaryDir folder;
  const QString path = folder.filePath( QStringLiteral( "tom.csv" ) );
  QFile file( path );
  ASSERT_TRUE( file.open( QIODevice::WriteOnly ) );
  file.close();
  const DpkResult<DpkDataset> result = DpkExportReader( exportIndicators() ).readFile( path );
  ASSERT_FALSE( result.isOk() );
  EXPECT_TRUE( result.error().contains( path ) );
}

TEST( DpkExportReader, RefusesAFileOfAnotherTable )
{
  const QString error = readCsvError(
      QByteArray( "Statistik från Skolverket;;\nValt läsår: 2024/25;;\n"
                  "Kommun;Kommun-kod;Antal elever\nAneby;0604;51\nÄlmhult;0765;193\n" ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "test.csv" ) ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "Skol-enhetskod" ) ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "not a school-unit table" ) ) );
}

TEST( DpkExportReader, RefusesAHeaderWithoutARequiredSchoolColumn )
{
  const QString error =
      readCsvError( QByteArray( "Valt läsår: 2024/25;;\nSkola;Skol-enhetskod;Antal elever\n"
                                "Skolan;12345678;51\n" ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "'test.csv' line 2" ) ) ) << error.toStdString();
  EXPECT_TRUE( error.contains( QStringLiteral( "no 'Kommun-kod' column" ) ) );
}

TEST( DpkExportReader, RefusesAnExportWithoutSchoolYear )
{
  QByteArray bytes = exportCsv( "Skolan;12345678;Aneby;0604;K;K;1;20;90;95;250\n" );
  bytes.replace( "Valt läsår: 2024/25", "Vald termin: HT 2024" );
  const QString error = readCsvError( bytes );
  EXPECT_TRUE( error.contains( QStringLiteral( "Valt läsår: 2024/25" ) ) ) << error.toStdString();
  EXPECT_TRUE( error.contains( QStringLiteral( "line 6" ) ) );

  bytes.replace( "Vald termin: HT 2024", "Valt läsår: 2024/26" );
  EXPECT_TRUE( readCsvError( bytes ).contains( QStringLiteral( "'test.csv' line 4" ) ) );
}

TEST( DpkExportReader, RefusesAHeaderThatRepeatsAnIndicator )
{
  const QString error =
      readCsvError( QByteArray( "Valt läsår: 2024/25;;;;\n"
                                "Skola;Skol-enhetskod;Kommun-kod;Antal elever;Antal (%) elever\n"
                                "Skolan;12345678;0604;51;52\n" ) );
  EXPECT_TRUE( error.contains( QStringLiteral( "columns 4 'Antal elever' and 5" ) ) )
      << error.toStdString();
}

TEST( DpkExportReader, ToleratesRewordedHeadersAndWarnsOfUnknownColumns )
{
  const DpkDataset dataset =
      readCsv( QByteArray( "Valt läsår: 2024/25;;;;;\n"
                           "skola;SKOLENHETSKOD;Kommunkod;Andel elever behöriga till yrkesprog;"
                           "Genomsnittligt merit\xC2\xADvärde (17 ämnen);"
                           "Genomsnittligt meritvärde (16 ämnen)\n"
                           "Skolan;12345678;0604;93,5;250;230\n"
                           ";;;;;\n" ) );
  ASSERT_EQ( dataset.schools.size(), 1 );
  EXPECT_DOUBLE_EQ( valueOf( dataset.schools.at( 0 ), "behorig_yrkes" ).number(), 93.5 );
  EXPECT_DOUBLE_EQ( valueOf( dataset.schools.at( 0 ), "meritvarde" ).number(), 250.0 );
  EXPECT_EQ( dataset.schools.at( 0 ).values.size(), 2 );
  ASSERT_EQ( dataset.report.warnings.size(), 1 );
  EXPECT_TRUE( dataset.report.warnings.at( 0 ).contains(
      QStringLiteral( "column 6 'Genomsnittligt meritvärde (16 ämnen)'" ) ) )
      << dataset.report.warnings.at( 0 ).toStdString();
}

TEST( DpkExportReader, ReadsQuotedCellsWithSeparatorsAndLineBreaks )
{
  const DpkDataset dataset = readCsv(
      exportCsv( "\"Skolan; Norra\";12345678;Aneby;0604;Enskild;\"Skol\nAB\";1;20;90;95;250\n"
                 "Södra;22345678;Aneby;0604;Enskild;AB;1;20;90;95;250\n" ) );
  ASSERT_EQ( dataset.schools.size(), 2 );
  EXPECT_EQ( dataset.schools.at( 0 ).name, QStringLiteral( "Skolan; Norra" ) );
  EXPECT_EQ( dataset.schools.at( 0 ).organiser, QStringLiteral( "Skol\nAB" ) );
  EXPECT_TRUE( dataset.report.rejected.isEmpty() );
}

TEST( DpkExportReader, WarnsOfSchoolRowsAfterABlankLineInsideTheData )
{
  const DpkDataset dataset =
      readCsv( exportCsv( "Första;12345678;Aneby;0604;K;K;1;20;90;95;250\n"
                          ";;;;;;;;;;\n"
                          "Andra;22345678;Aneby;0604;K;K;1;20;90;95;250\n" ) );
  EXPECT_EQ( dataset.schools.size(), 1 );
  ASSERT_EQ( dataset.report.warnings.size(), 1 );
  EXPECT_TRUE( dataset.report.warnings.at( 0 ).contains( QStringLiteral( "line 9" ) ) );
}

TEST( DpkExportReader, ReportsAFileCutInsideItsLastRowAsIncomplete )
{
  const QByteArray whole = exportCsv( "Första;12345678;Aneby;0604;K;K;1;20;90;95;250\n"
                                      "Andra;22345678;Aneby;0604;K;K;1;20;90;95;245,5\n" );
  for ( const char *cutAfter :
        { "95;24", "Andra;2234", "Andra;22345678;Aneby;0604;K;K;1;20;90;95;" } )
  {
    const QByteArray cut = whole.left( whole.indexOf( cutAfter ) + int( qstrlen( cutAfter ) ) );
    const DpkDataset dataset = readCsv( cut );
    EXPECT_FALSE( dataset.report.complete ) << cutAfter;
    EXPECT_EQ( dataset.schools.size(), 1 ) << cutAfter;
    ASSERT_EQ( dataset.report.rejected.size(), 1 ) << cutAfter;
    EXPECT_EQ( dataset.report.rejected.at( 0 ).line, 8 );
    EXPECT_TRUE( dataset.report.rejected.at( 0 ).reason.contains( QStringLiteral( "cut off" ) ) );
  }

  // Cut inside an open quote: the rest of the file became part of the last cell.
  const DpkDataset quoted =
      readCsv( exportCsv( "Första;12345678;Aneby;0604;K;K;1;20;90;95;250\n\"Andra", "" ) );
  EXPECT_FALSE( quoted.report.complete );
  EXPECT_EQ( quoted.schools.size(), 1 );
}

TEST( DpkExportReader, ReportsAFileCutInsideAUtf8Character )
{
  const QByteArray whole = exportCsv( "Första;12345678;Aneby;0604;K;K;1;20;90;95;250\n"
                                      "Sörgårdsskolan;22345678;Aneby;0604;K;K;1;20;90;95;245\n" );
  const QByteArray cut = whole.left( whole.indexOf( "S\xC3\xB6rg" ) + 2 );
  const DpkDataset dataset = readCsv( cut );
  EXPECT_FALSE( dataset.report.complete );
  EXPECT_EQ( dataset.schools.size(), 1 );
  EXPECT_EQ( dataset.schools.at( 0 ).name, QStringLiteral( "Första" ) );
  EXPECT_TRUE(
      dataset.report.warnings.join( '\n' ).contains( QStringLiteral( "middle of a character" ) ) );
}

TEST( DpkExportReader, KeepsAFileCutInsideItsFootnotesCompleteButSaysNotesAreMissing )
{
  const QByteArray whole = exportCsv( "Första;12345678;Aneby;0604;K;K;1;20;90;95;250\n" );
  const DpkDataset inNotes = readCsv( whole.left( whole.indexOf( "Rapportbeskrivning" ) + 5 ) );
  EXPECT_TRUE( inNotes.report.complete );
  EXPECT_EQ( inNotes.schools.size(), 1 );
  EXPECT_EQ( inNotes.report.footnoteLines, 2 );

  const DpkDataset noNotes =
      readCsv( exportCsv( "Första;12345678;Aneby;0604;K;K;1;20;90;95;250\n", "" ) );
  EXPECT_EQ( noNotes.schools.size(), 1 );
  EXPECT_TRUE( noNotes.report.warnings.join( '\n' ).contains(
      QStringLiteral( "without Skolverket's notes" ) ) );
}

TEST( DpkExportReader, ReadsAnXlsxWorkbookWithThePreambleAndFootnotes )
{
  QTemporaryDir folder;
  ASSERT_TRUE( folder.isValid() );
  const QString path = folder.filePath( QStringLiteral( "export.xlsx" ) );
  const QList<QStringList> rows = {
      { "Statistik från Skolverket, https://www.skolverket.se" },
      {},
      { "Grundskola - Slutbetyg årskurs 9, samtliga elever" },
      { "Valt läsår: 2024/25" },
      {},
      QString::fromUtf8( HEADER ).trimmed().split( ';' ),
      { "Oasens skola", "48000763", "Aneby", "0604", "Enskild", "Oasen AB", "5566501796", "..", ".",
        ".", ".." },
      { "Sturebyskolan", "12345678", "Stockholm", "0180", "Kommunal", "Stockholms kommun",
        "2120001217", "112", "87,5", "~100", "251,3" },
      { "Trasig", "1234", "Stockholm", "0180", "Kommunal", "K", "1", "10", "50", "50", "200" },
      {},
      { "Rapportbeskrivning och definitioner etc." },
      { "", "Visas som ~100; se ovan." },
  };
  ASSERT_TRUE( DpkTestXlsxWriter::write( path, rows ) );

  const DpkResult<DpkDataset> result = DpkExportReader( exportIndicators() ).readFile( path );
  ASSERT_TRUE( result.isOk() ) << result.error().toStdString();
  const DpkDataset &dataset = result.value();
  EXPECT_EQ( dataset.period, PERIOD );
  ASSERT_EQ( dataset.schools.size(), 2 );
  EXPECT_EQ( dataset.report.footnoteLines, 3 );
  ASSERT_EQ( dataset.report.rejected.size(), 1 );
  EXPECT_EQ( dataset.report.rejected.at( 0 ).line, 9 );
  EXPECT_TRUE( dataset.report.source.contains( QStringLiteral( "[Skolenhet]" ) ) );

  const DpkSchool &sture = dataset.schools.at( 1 );
  EXPECT_EQ( sture.municipalityCode, QStringLiteral( "0180" ) );
  EXPECT_DOUBLE_EQ( valueOf( sture, "meritvarde" ).number(), 251.3 );
  EXPECT_DOUBLE_EQ( valueOf( sture, "alla_amnen" ).number(), 87.5 );
  EXPECT_EQ( valueOf( sture, "behorig_yrkes" ).status(), DpkValue::Status::RoundedNear100 );
  EXPECT_EQ( valueOf( dataset.schools.at( 0 ), "alla_amnen" ).status(), DpkValue::Status::Missing );
  EXPECT_EQ( valueOf( dataset.schools.at( 0 ), "meritvarde" ).status(),
             DpkValue::Status::SuppressedFewPupils );
}

TEST( DpkExportReader, RefusesAWorkbookOfAnotherTable )
{
  QTemporaryDir folder;
  const QString path = folder.filePath( QStringLiteral( "kommuner.xlsx" ) );
  ASSERT_TRUE( DpkTestXlsxWriter::write(
      path, { { "Kommun", "Kommun-kod", "Antal elever" }, { "Aneby", "0604", "51" } } ) );
  const DpkResult<DpkDataset> result = DpkExportReader( exportIndicators() ).readFile( path );
  ASSERT_FALSE( result.isOk() );
  EXPECT_TRUE( result.error().contains( path ) );
  EXPECT_TRUE( result.error().contains( QStringLiteral( "Skol-enhetskod" ) ) );
}

TEST( DpkExportReader, RefusesABrokenWorkbookNamingIt )
{
  QTemporaryDir folder;
  const QString path = folder.filePath( QStringLiteral( "trasig.xlsx" ) );
  QFile file( path );
  ASSERT_TRUE( file.open( QIODevice::WriteOnly ) );
  file.write( QByteArray( "PK\x03\x04 this archive was cut off", 30 ) );
  file.close();
  const DpkResult<DpkDataset> result = DpkExportReader( exportIndicators() ).readFile( path );
  ASSERT_FALSE( result.isOk() );
  EXPECT_TRUE( result.error().contains( path ) ) << result.error().toStdString();
}

TEST( DpkExportReaderRealData, ReadsEverySchoolOfTheNationalExport )
{
  const DpkDataset dataset = readRealExport();
  EXPECT_EQ( dataset.period, PERIOD );
  EXPECT_EQ( dataset.report.rowsRead, 1714 );
  EXPECT_EQ( dataset.schools.size(), 1714 );
  EXPECT_TRUE( dataset.report.rejected.isEmpty() );
  EXPECT_EQ( dataset.report.footnoteLines, 34 );
  EXPECT_TRUE( dataset.report.complete );
  EXPECT_TRUE( dataset.report.warnings.isEmpty() )
      << dataset.report.warnings.join( '\n' ).toStdString();

  // Every Kommun-kod and every Skolkommun in the file, counted separately, must agree.
  QSet<QString> codes;
  QSet<QString> names;
  for ( const DpkSchool &school : dataset.schools )
  {
    codes.insert( school.municipalityCode );
    names.insert( school.municipalityName );
  }
  EXPECT_EQ( codes.size(), 290 );
  EXPECT_EQ( names.size(), 290 );
}

TEST( DpkExportReaderRealData, KeepsEveryMarkOfTheNationalExport )
{
  const DpkDataset dataset = readRealExport();
  using Status = DpkValue::Status;
  EXPECT_EQ( countStatus( dataset, "elever_ak9", Status::SuppressedFewPupils ), 113 );
  EXPECT_EQ( countStatus( dataset, "alla_amnen", Status::SuppressedFewPupils ), 122 );
  EXPECT_EQ( countStatus( dataset, "alla_amnen", Status::Missing ), 64 );
  EXPECT_EQ( countStatus( dataset, "behorig_yrkes", Status::SuppressedFewPupils ), 129 );
  EXPECT_EQ( countStatus( dataset, "behorig_yrkes", Status::Missing ), 34 );
  EXPECT_EQ( countStatus( dataset, "behorig_yrkes", Status::RoundedNear100 ), 354 );
  EXPECT_EQ( countStatus( dataset, "meritvarde", Status::SuppressedFewPupils ), 114 );
  EXPECT_EQ( countStatus( dataset, "meritvarde", Status::Missing ), 18 );
  EXPECT_EQ( countStatus( dataset, "elever_ak9", Status::Exists ), 1714 - 113 );
  EXPECT_EQ( countStatus( dataset, "meritvarde", Status::Exists ), 1714 - 114 - 18 );
}

TEST( DpkExportReaderRealData, ReadsStockholmsSchools )
{
  const DpkDataset dataset = readRealExport();
  int schools = 0;
  int meritValues = 0;
  for ( const DpkSchool &school : dataset.schools )
  {
    if ( school.municipalityCode != QLatin1String( "0180" ) )
      continue;
    ++schools;
    EXPECT_EQ( school.municipalityName, QStringLiteral( "Stockholm" ) );
    if ( school.values.value( QStringLiteral( "meritvarde" ) ).value( dataset.period ).hasNumber() )
      ++meritValues;
  }
  EXPECT_EQ( schools, 149 );
  EXPECT_EQ( meritValues, 138 );
}

TEST( DpkExportReaderRealData, ReadsTheSameSchoolsFromTheExportAsXlsx )
{
  QFile csv( realExportPath() );
  ASSERT_TRUE( csv.open( QIODevice::ReadOnly ) )
      << "The real Skolverket export is missing: " << realExportPath().toStdString();
  const DpkExportTable table =
      DpkCsvSplitter::split( DpkTextDecoder::decode( csv.readAll() ).value().text );
  QList<QStringList> rows;
  for ( const DpkExportRow &row : table.rows )
    rows.append( row.cells );
  QTemporaryDir folder;
  const QString path = folder.filePath( QStringLiteral( "Skolenhet.xlsx" ) );
  ASSERT_TRUE( DpkTestXlsxWriter::write( path, rows ) );

  const DpkDataset fromCsv = readRealExport();
  const DpkDataset fromXlsx = readRealExport( path );
  EXPECT_EQ( fromXlsx.period, PERIOD );
  EXPECT_EQ( fromXlsx.report.rowsRead, 1714 );
  EXPECT_EQ( fromXlsx.report.footnoteLines, 34 );
  EXPECT_TRUE( fromXlsx.report.rejected.isEmpty() );
  ASSERT_EQ( fromXlsx.schools.size(), fromCsv.schools.size() );
  for ( int i = 0; i < fromCsv.schools.size(); ++i )
  {
    const DpkSchool &expected = fromCsv.schools.at( i );
    const DpkSchool &actual = fromXlsx.schools.at( i );
    ASSERT_EQ( actual.code, expected.code );
    EXPECT_EQ( actual.municipalityCode, expected.municipalityCode );
    EXPECT_EQ( actual.name, expected.name );
    for ( const QString &id : expected.values.keys() )
    {
      EXPECT_EQ( actual.values.value( id ).value( PERIOD ),
                 expected.values.value( id ).value( PERIOD ) )
          << expected.code.toStdString() << " " << id.toStdString();
    }
  }
}

TEST( DpkExportReaderRealData, ReportsTheNationalExportCutInHalfAsIncomplete )
{
  QFile file( realExportPath() );
  ASSERT_TRUE( file.open( QIODevice::ReadOnly ) )
      << "The real Skolverket export is missing: " << realExportPath().toStdString();
  const QByteArray whole = file.readAll();
  const DpkDataset dataset = readCsv( whole.left( whole.size() / 2 ) );
  EXPECT_FALSE( dataset.report.complete );
  EXPECT_GT( dataset.schools.size(), 500 );
  EXPECT_LT( dataset.schools.size(), 1714 );
  ASSERT_EQ( dataset.report.rejected.size(), 1 );
  EXPECT_EQ( dataset.report.rejected.at( 0 ).line, 6 + dataset.schools.size() + 1 );
}
