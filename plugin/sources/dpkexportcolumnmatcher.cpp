#include "dpkexportcolumnmatcher.h"

namespace
{
struct FieldHeaders
{
  DpkExportColumnMatcher::Field field;
  const char *standard;      //!< Skolverket's header, as shown in messages.
  const char *variants[ 3 ]; //!< Other wordings seen in Skolverket's tables, or null.
};

// The school fields' headers. Variants are listed, never guessed: each is a wording Skolverket
// uses for the same field in another table or year.
const FieldHeaders FIELD_HEADERS[] = {
    { DpkExportColumnMatcher::Field::SchoolName, "Skola", { "Skolenhet", "Skolenhetens namn" } },
    { DpkExportColumnMatcher::Field::SchoolCode, "Skol-enhetskod", { "Skolenhetskod" } },
    { DpkExportColumnMatcher::Field::MunicipalityName, "Skolkommun", { "Kommun" } },
    { DpkExportColumnMatcher::Field::MunicipalityCode, "Kommun-kod", { "Kommunkod" } },
    { DpkExportColumnMatcher::Field::OrganiserType, "Typ av huvudman", { "Huvudmannatyp" } },
    { DpkExportColumnMatcher::Field::Organiser, "Huvudman", { "Huvudmannens namn" } },
    { DpkExportColumnMatcher::Field::OrganiserNumber,
      "Huvudman orgnr",
      { "Huvudmannens organisationsnummer", "Organisationsnummer" } },
};

bool isJoiningHyphen( QChar c )
{
  return c == QLatin1Char( '-' ) || c == QChar( 0x2010 ) || c == QChar( 0x2011 );
}

bool isInvisible( QChar c )
{
  return c == QChar( 0x00AD ) || c == QChar( 0x200B ) || c == QChar( 0xFEFF );
}
} // namespace

DpkResult<DpkExportColumnMatcher>
DpkExportColumnMatcher::create( const QList<DpkIndicator> &indicators )
{
  DpkExportColumnMatcher matcher;
  QHash<QString, QString> claimedBy; // normalised header to who claims it, for messages

  for ( const FieldHeaders &headers : FIELD_HEADERS )
  {
    const QString standard = QString::fromUtf8( headers.standard );
    matcher.mMatches.insert( normalised( standard ), Match{ headers.field, QString() } );
    claimedBy.insert( normalised( standard ), standard );
    for ( const char *variant : headers.variants )
    {
      if ( !variant )
        continue;
      matcher.mMatches.insert( normalised( QString::fromUtf8( variant ) ),
                               Match{ headers.field, QString() } );
      claimedBy.insert( normalised( QString::fromUtf8( variant ) ), standard );
    }
  }

  for ( const DpkIndicator &indicator : indicators )
  {
    for ( const QString &column : indicator.exportColumns )
    {
      const QString key = normalised( column );
      if ( key.isEmpty() )
        continue;
      const auto existing = matcher.mMatches.constFind( key );
      if ( existing != matcher.mMatches.constEnd() && existing->indicatorId != indicator.id )
      {
        return DpkResult<DpkExportColumnMatcher>::failure(
            tr( "the export column '%1' of indicator '%2' is already the column of '%3': "
                "each column must have one meaning" )
                .arg( column, indicator.id, claimedBy.value( key ) ) );
      }
      matcher.mMatches.insert( key, Match{ Field::Indicator, indicator.id } );
      claimedBy.insert( key, indicator.id );
    }
  }
  return DpkResult<DpkExportColumnMatcher>::success( matcher );
}

std::optional<DpkExportColumnMatcher::Match>
DpkExportColumnMatcher::match( const QString &header ) const
{
  const auto found = mMatches.constFind( normalised( header ) );
  if ( found == mMatches.constEnd() )
    return std::nullopt;
  return *found;
}

QString DpkExportColumnMatcher::normalised( const QString &header )
{
  // "(%)" is the unit, not part of the meaning: drop it first, then compare words only.
  QString text = header.normalized( QString::NormalizationForm_C ).toCaseFolded();
  text.remove( QLatin1Char( '%' ) );

  QString result;
  result.reserve( text.size() );
  bool pendingSpace = false;
  for ( const QChar c : text )
  {
    if ( isInvisible( c ) || isJoiningHyphen( c ) )
      continue;
    if ( c.isLetterOrNumber() )
    {
      if ( pendingSpace && !result.isEmpty() )
        result.append( QLatin1Char( ' ' ) );
      pendingSpace = false;
      result.append( c );
    }
    else
      pendingSpace = true;
  }
  return result;
}

QString DpkExportColumnMatcher::standardHeader( Field field )
{
  for ( const FieldHeaders &headers : FIELD_HEADERS )
  {
    if ( headers.field == field )
      return QString::fromUtf8( headers.standard );
  }
  return QString();
}
