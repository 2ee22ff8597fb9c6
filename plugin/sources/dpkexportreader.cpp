#include "dpkexportreader.h"

#include "dpkcsvsplitter.h"
#include "dpktextdecoder.h"
#include "dpkxlsxreader.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace
{
using Field = DpkExportColumnMatcher::Field;

//! The fields without which a row cannot be placed on a map or joined to other sources.
const Field REQUIRED_FIELDS[] = { Field::SchoolName, Field::SchoolCode, Field::MunicipalityCode };

bool isDigits( const QString &text, int count )
{
  if ( text.size() != count )
    return false;
  for ( const QChar c : text )
  {
    if ( c < QLatin1Char( '0' ) || c > QLatin1Char( '9' ) )
      return false;
  }
  return true;
}

QString requiredHeaders()
{
  QStringList headers;
  for ( const Field field : REQUIRED_FIELDS )
    headers.append(
        QStringLiteral( "'%1'" ).arg( DpkExportColumnMatcher::standardHeader( field ) ) );
  return headers.join( QStringLiteral( ", " ) );
}

QString cellAt( const DpkExportRow &row, int column )
{
  return column >= 0 && column < row.cells.size() ? row.cells.at( column ).trimmed() : QString();
}

bool startsWithZipSignature( const QString &path )
{
  QFile file( path );
  return file.open( QIODevice::ReadOnly ) && file.read( 4 ) == QByteArray( "PK\x03\x04", 4 );
}
} // namespace

DpkExportReader::DpkExportReader( const QList<DpkIndicator> &indicators )
  : mIndicators( indicators )
{
  for ( int i = 0; i < mIndicators.size(); ++i )
    mIndicatorIndex.insert( mIndicators.at( i ).id, i );
}

DpkResult<DpkDataset> DpkExportReader::readFile( const QString &path ) const
{
  return startsWithZipSignature( path ) ? readXlsx( path ) : readCsv( path );
}

DpkResult<DpkDataset> DpkExportReader::readCsv( const QString &path ) const
{
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
  {
    return DpkResult<DpkDataset>::failure(
        tr( "cannot open '%1': %2" ).arg( path, file.errorString() ) );
  }
  DpkResult<DpkDataset> result = readCsvData( file.readAll(), path );
  if ( !result.isOk() )
    return result;
  DpkDataset dataset = result.takeValue();
  dataset.retrievedAt = QFileInfo( path ).lastModified().toUTC();
  return DpkResult<DpkDataset>::success( dataset );
}

DpkResult<DpkDataset> DpkExportReader::readCsvData( const QByteArray &bytes,
                                                    const QString &source ) const
{
  const DpkResult<DpkTextDecoder::Decoded> decoded = DpkTextDecoder::decode( bytes );
  if ( !decoded.isOk() )
    return DpkResult<DpkDataset>::failure(
        tr( "cannot read '%1': %2" ).arg( source, decoded.error() ) );

  DpkResult<DpkDataset> result = readTable( DpkCsvSplitter::split( decoded.value().text ), source );
  if ( !result.isOk() )
    return result;

  DpkDataset dataset = result.takeValue();
  const DpkTextDecoder::Decoded &text = decoded.value();
  if ( text.encoding == DpkTextDecoder::Encoding::Mixed )
  {
    dataset.report.warnings.append(
        tr( "'%1' mixes encodings: line %2 and maybe others are not UTF-8 and were read as "
            "Windows-1252, the other lines as UTF-8; check the names and save the file again as "
            "UTF-8" )
            .arg( source )
            .arg( text.firstInvalidUtf8Line ) );
  }
  else if ( text.encoding == DpkTextDecoder::Encoding::Windows1252 )
  {
    dataset.report.warnings.append(
        tr( "'%1' was read as Windows-1252, since line %2 is not UTF-8" )
            .arg( source )
            .arg( text.firstInvalidUtf8Line ) );
  }
  if ( text.endsInsideCharacter )
  {
    dataset.report.warnings.append(
        tr( "'%1' ends in the middle of a character: the file was cut off" ).arg( source ) );
  }
  return DpkResult<DpkDataset>::success( dataset );
}

DpkResult<DpkDataset> DpkExportReader::readXlsx( const QString &path ) const
{
  const DpkResult<QList<DpkExportTable>> sheets = DpkXlsxReader::readSheets( path );
  if ( !sheets.isOk() )
    return DpkResult<DpkDataset>::failure( sheets.error() );

  const DpkResult<DpkExportColumnMatcher> matcher = DpkExportColumnMatcher::create( mIndicators );
  if ( !matcher.isOk() )
    return DpkResult<DpkDataset>::failure(
        tr( "cannot read '%1': %2" ).arg( path, matcher.error() ) );

  for ( const DpkExportTable &sheet : sheets.value() )
  {
    if ( findHeaderRow( sheet, matcher.value() ) < 0 )
      continue;
    DpkResult<DpkDataset> result =
        readTable( sheet, QStringLiteral( "%1 [%2]" ).arg( path, sheet.name ) );
    if ( !result.isOk() )
      return result;
    DpkDataset dataset = result.takeValue();
    dataset.retrievedAt = QFileInfo( path ).lastModified().toUTC();
    return DpkResult<DpkDataset>::success( dataset );
  }
  return DpkResult<DpkDataset>::failure(
      tr( "'%1' holds no school-unit table of Skolverket's statistics: no sheet has a header "
          "row with the columns %2" )
          .arg( path, requiredHeaders() ) );
}

DpkResult<DpkDataset> DpkExportReader::readTable( const DpkExportTable &table,
                                                  const QString &source ) const
{
  const DpkResult<DpkExportColumnMatcher> matcher = DpkExportColumnMatcher::create( mIndicators );
  if ( !matcher.isOk() )
    return DpkResult<DpkDataset>::failure(
        tr( "cannot read '%1': %2" ).arg( source, matcher.error() ) );

  const bool empty = std::all_of( table.rows.cbegin(), table.rows.cend(),
                                  []( const DpkExportRow &row ) { return row.isBlank(); } );
  if ( empty )
  {
    return DpkResult<DpkDataset>::failure(
        tr( "'%1' is empty: expected a statistics export from Skolverket" ).arg( source ) );
  }

  const int headerIndex = findHeaderRow( table, matcher.value() );
  if ( headerIndex < 0 )
  {
    return DpkResult<DpkDataset>::failure(
        tr( "'%1' is not a school-unit table of Skolverket's statistics: no row has the header "
            "'%2'; expected a header row with the columns %3" )
            .arg( source, DpkExportColumnMatcher::standardHeader( Field::SchoolCode ),
                  requiredHeaders() ) );
  }

  DpkDataset dataset;
  dataset.report.source = source;
  const DpkResult<Layout> layout =
      mapColumns( table.rows.at( headerIndex ), matcher.value(), source, dataset.report.warnings );
  if ( !layout.isOk() )
    return DpkResult<DpkDataset>::failure( layout.error() );
  const DpkResult<DpkPeriod> period = findPeriod( table, headerIndex, source );
  if ( !period.isOk() )
    return DpkResult<DpkDataset>::failure( period.error() );
  dataset.period = period.value();

  // Data rows run from the header to the first blank line; the footnotes follow it.
  const int index = readRows( table, headerIndex + 1, layout.value(), dataset );
  if ( index < table.rows.size() )
    readFootnotes( table, index, layout.value(), dataset.report );
  else if ( table.rows.last().complete && index > headerIndex + 1 )
  {
    dataset.report.warnings.append(
        tr( "'%1' ends right after its school rows, without Skolverket's notes: check that the "
            "whole file was downloaded" )
            .arg( source ) );
  }
  if ( dataset.schools.isEmpty() )
  {
    dataset.report.warnings.append(
        tr( "'%1' has no school rows that could be read below its header on line %2" )
            .arg( source )
            .arg( layout.value().headerLine ) );
  }
  return DpkResult<DpkDataset>::success( dataset );
}

int DpkExportReader::readRows( const DpkExportTable &table, int firstIndex, const Layout &layout,
                               DpkDataset &dataset ) const
{
  QHash<QString, int> lineOfCode;
  int index = firstIndex;
  for ( ; index < table.rows.size(); ++index )
  {
    const DpkExportRow &row = table.rows.at( index );
    if ( row.isBlank() )
      break;
    if ( !row.complete )
    {
      dataset.report.complete = false;
      dataset.report.rejected.append(
          { row.line, tr( "the file ends inside this row, so it was cut off: the row is not read "
                          "and the file is incomplete" ) } );
      continue;
    }

    DpkResult<DpkSchool> school = readSchool( row, layout, dataset.period );
    if ( !school.isOk() )
    {
      dataset.report.rejected.append( { row.line, school.error() } );
      continue;
    }
    const QString code = school.value().code;
    if ( lineOfCode.contains( code ) )
    {
      dataset.report.rejected.append(
          { row.line, tr( "%1 %2 is already on line %3" )
                          .arg( layout.header( Field::SchoolCode ), code )
                          .arg( lineOfCode.value( code ) ) } );
      continue;
    }
    lineOfCode.insert( code, row.line );
    dataset.schools.append( school.takeValue() );
    ++dataset.report.rowsRead;
  }
  return index;
}

int DpkExportReader::findHeaderRow( const DpkExportTable &table,
                                    const DpkExportColumnMatcher &matcher ) const
{
  for ( int i = 0; i < table.rows.size(); ++i )
  {
    for ( const QString &cell : table.rows.at( i ).cells )
    {
      const std::optional<DpkExportColumnMatcher::Match> match = matcher.match( cell );
      if ( match && match->field == Field::SchoolCode )
        return i;
    }
  }
  return -1;
}

DpkResult<DpkExportReader::Layout>
DpkExportReader::mapColumns( const DpkExportRow &header, const DpkExportColumnMatcher &matcher,
                             const QString &source, QStringList &warnings ) const
{
  Layout layout;
  layout.headerLine = header.line;
  layout.cellCount = header.cells.size();
  QHash<QString, int> columnOfMeaning; // field or indicator id to the first column holding it

  for ( int column = 0; column < header.cells.size(); ++column )
  {
    const QString text = header.cells.at( column ).trimmed();
    layout.headers.append( text );
    if ( text.isEmpty() )
      continue;

    const std::optional<DpkExportColumnMatcher::Match> match = matcher.match( text );
    if ( !match )
    {
      warnings.append( tr( "'%1' line %2: column %3 '%4' is not a column of any indicator in the "
                           "catalogue, so it was not read" )
                           .arg( source )
                           .arg( header.line )
                           .arg( column + 1 )
                           .arg( text ) );
      continue;
    }

    const QString meaning = match->field == Field::Indicator
                                ? match->indicatorId
                                : QStringLiteral( "field:%1" ).arg( int( match->field ) );
    if ( columnOfMeaning.contains( meaning ) )
    {
      const int first = columnOfMeaning.value( meaning );
      return DpkResult<Layout>::failure(
          tr( "'%1' line %2: columns %3 '%4' and %5 '%6' hold the same figure, so it is not "
              "clear which to read" )
              .arg( source )
              .arg( header.line )
              .arg( first + 1 )
              .arg( layout.headers.at( first ) )
              .arg( column + 1 )
              .arg( text ) );
    }
    columnOfMeaning.insert( meaning, column );

    if ( match->field == Field::Indicator )
      layout.indicatorColumns.append( qMakePair( column, match->indicatorId ) );
    else
      layout.fieldColumns.insert( int( match->field ), column );
  }

  for ( const Field field : REQUIRED_FIELDS )
  {
    if ( !layout.fieldColumns.contains( int( field ) ) )
    {
      return DpkResult<Layout>::failure(
          tr( "'%1' line %2: the header has no '%3' column; expected the columns %4" )
              .arg( source )
              .arg( header.line )
              .arg( DpkExportColumnMatcher::standardHeader( field ), requiredHeaders() ) );
    }
  }
  return DpkResult<Layout>::success( layout );
}

DpkResult<DpkPeriod> DpkExportReader::findPeriod( const DpkExportTable &table, int headerIndex,
                                                  const QString &source ) const
{
  static const QRegularExpression periodLine( QStringLiteral( "^(?:valt\\s+)?läsår\\s*:\\s*(.*)$" ),
                                              QRegularExpression::CaseInsensitiveOption );
  for ( int i = 0; i < headerIndex; ++i )
  {
    for ( const QString &cell : table.rows.at( i ).cells )
    {
      const QRegularExpressionMatch match = periodLine.match( cell.trimmed() );
      if ( !match.hasMatch() )
        continue;
      const DpkResult<DpkPeriod> period = DpkPeriod::parse( match.captured( 1 ) );
      if ( !period.isOk() )
      {
        return DpkResult<DpkPeriod>::failure( tr( "'%1' line %2: %3" )
                                                  .arg( source )
                                                  .arg( table.rows.at( i ).line )
                                                  .arg( period.error() ) );
      }
      return period;
    }
  }
  return DpkResult<DpkPeriod>::failure(
      tr( "'%1': no school year above the header on line %2; expected a line such as "
          "'Valt läsår: 2024/25'" )
          .arg( source )
          .arg( table.rows.at( headerIndex ).line ) );
}

DpkResult<DpkSchool> DpkExportReader::readSchool( const DpkExportRow &row, const Layout &layout,
                                                  const DpkPeriod &period ) const
{
  // A row with other cells than the header may have its figures under the wrong columns.
  bool extraCellsEmpty = true;
  for ( int i = layout.cellCount; i < row.cells.size(); ++i )
    extraCellsEmpty = extraCellsEmpty && row.cells.at( i ).trimmed().isEmpty();
  if ( row.cells.size() < layout.cellCount || !extraCellsEmpty )
  {
    return DpkResult<DpkSchool>::failure( tr( "the row has %1 fields, expected %2 as in the "
                                              "header on line %3" )
                                              .arg( row.cells.size() )
                                              .arg( layout.cellCount )
                                              .arg( layout.headerLine ) );
  }

  const auto fieldText = [ &row, &layout ]( Field field )
  { return cellAt( row, layout.fieldColumns.value( int( field ), -1 ) ); };

  DpkSchool school;
  school.code = fieldText( Field::SchoolCode );
  if ( !isDigits( school.code, 8 ) )
  {
    return DpkResult<DpkSchool>::failure(
        tr( "%1 '%2' is not a school unit code: expected 8 digits" )
            .arg( layout.header( Field::SchoolCode ), school.code ) );
  }
  school.municipalityCode = fieldText( Field::MunicipalityCode );
  if ( !isDigits( school.municipalityCode, 4 ) )
  {
    return DpkResult<DpkSchool>::failure(
        tr( "%1 '%2' is not a municipality code: expected 4 digits, with the leading zero, "
            "such as 0180" )
            .arg( layout.header( Field::MunicipalityCode ), school.municipalityCode ) );
  }
  school.name = fieldText( Field::SchoolName );
  if ( school.name.isEmpty() )
  {
    return DpkResult<DpkSchool>::failure(
        tr( "%1 is empty: expected the school's name" ).arg( layout.header( Field::SchoolName ) ) );
  }
  school.municipalityName = fieldText( Field::MunicipalityName );
  school.organiserType = fieldText( Field::OrganiserType );
  school.organiser = fieldText( Field::Organiser );

  for ( const QPair<int, QString> &column : layout.indicatorColumns )
  {
    const DpkIndicator &indicator = mIndicators.at( mIndicatorIndex.value( column.second ) );
    const DpkResult<DpkValue> value =
        readValue( row.cells.at( column.first ), layout.headers.at( column.first ), indicator );
    if ( !value.isOk() )
      return DpkResult<DpkSchool>::failure( value.error() );
    school.values[ indicator.id ].insert( period, value.value() );
  }
  return DpkResult<DpkSchool>::success( school );
}

DpkResult<DpkValue> DpkExportReader::readValue( const QString &cell, const QString &header,
                                                const DpkIndicator &indicator ) const
{
  const DpkResult<DpkValue> value = DpkValue::parse( cell );
  if ( !value.isOk() )
    return DpkResult<DpkValue>::failure( tr( "column '%1': %2" ).arg( header, value.error() ) );
  if ( value.value().hasNumber() && !indicator.isInRange( value.value().number() ) )
  {
    return DpkResult<DpkValue>::failure(
        tr( "column '%1': %2 is outside the valid range %3 to %4 of the indicator '%5'" )
            .arg( header, cell.trimmed(), QString::number( indicator.minimum ),
                  QString::number( indicator.maximum ), indicator.id ) );
  }
  return value;
}

void DpkExportReader::readFootnotes( const DpkExportTable &table, int firstIndex,
                                     const Layout &layout, DpkReadReport &report ) const
{
  const DpkExportRow &first = table.rows.at( firstIndex );
  const DpkExportRow &last = table.rows.last();
  report.footnoteLines = last.lastLine - first.line + 1;

  // A blank line inside the data would end it early: school rows after it must not vanish.
  const int codeColumn = layout.fieldColumns.value( int( Field::SchoolCode ) );
  const int municipalityColumn = layout.fieldColumns.value( int( Field::MunicipalityCode ) );
  QList<int> schoolLikeLines;
  for ( int i = firstIndex + 1; i < table.rows.size(); ++i )
  {
    const DpkExportRow &row = table.rows.at( i );
    if ( isDigits( cellAt( row, codeColumn ), 8 ) &&
         isDigits( cellAt( row, municipalityColumn ), 4 ) )
      schoolLikeLines.append( row.line );
  }
  if ( !schoolLikeLines.isEmpty() )
  {
    report.warnings.append(
        tr( "'%1': rows after the blank line %2, where the notes begin, look like school rows "
            "(%3 rows, the first on line %4) and were not read; remove the blank line if they "
            "belong to the data" )
            .arg( report.source )
            .arg( first.line )
            .arg( schoolLikeLines.size() )
            .arg( schoolLikeLines.first() ) );
  }
}
