#include "dpkexportcolumnmatcher.h"

#include <gtest/gtest.h>

namespace
{
DpkIndicator indicator( const QString &id, const QStringList &columns )
{
  DpkIndicator result;
  result.id = id;
  result.exportColumns = columns;
  return result;
}

DpkExportColumnMatcher standardMatcher()
{
  const DpkResult<DpkExportColumnMatcher> matcher = DpkExportColumnMatcher::create(
      { indicator( QStringLiteral( "meritvarde" ),
                   { QStringLiteral( "Genomsnittligt meritvärde (17 ämnen)" ) } ),
        indicator( QStringLiteral( "behorig_yrkes" ),
                   { QStringLiteral( "Andel (%) elever behöriga till yrkesprog." ) } ) } );
  EXPECT_TRUE( matcher.isOk() ) << matcher.error().toStdString();
  return matcher.value();
}

QString indicatorOf( const DpkExportColumnMatcher &matcher, const QString &header )
{
  const std::optional<DpkExportColumnMatcher::Match> match = matcher.match( header );
  if ( !match || match->field != DpkExportColumnMatcher::Field::Indicator )
    return QString();
  return match->indicatorId;
}
} // namespace

TEST( DpkExportColumnMatcher, ToleratesCaseSpacePunctuationAndPercentUnit )
{
  const DpkExportColumnMatcher matcher = standardMatcher();
  EXPECT_EQ( indicatorOf( matcher, QStringLiteral( "Andel elever behöriga till yrkesprog" ) ),
             QStringLiteral( "behorig_yrkes" ) );
  EXPECT_EQ(
      indicatorOf( matcher, QStringLiteral( "  ANDEL (%)  elever behöriga till yrkesprog. " ) ),
      QStringLiteral( "behorig_yrkes" ) );
  EXPECT_EQ( indicatorOf( matcher, QStringLiteral( "Genomsnittligt meritvärde, 17 ämnen" ) ),
             QStringLiteral( "meritvarde" ) );
}

TEST( DpkExportColumnMatcher, ToleratesSoftHyphensAndDecomposedLetters )
{
  const DpkExportColumnMatcher matcher = standardMatcher();
  EXPECT_EQ( indicatorOf( matcher, QStringLiteral(
                                       "Genomsnittligt merit\u00ADva\u0308rde (17 a\u0308mnen)" ) ),
             QStringLiteral( "meritvarde" ) );
  const std::optional<DpkExportColumnMatcher::Match> code =
      matcher.match( QStringLiteral( "Skol\u00ADenhets-kod" ) );
  ASSERT_TRUE( code );
  EXPECT_EQ( code->field, DpkExportColumnMatcher::Field::SchoolCode );
}

TEST( DpkExportColumnMatcher, NeverTakesOneIndicatorForAnother )
{
  const DpkExportColumnMatcher matcher = standardMatcher();
  EXPECT_FALSE( matcher.match( QStringLiteral( "Genomsnittligt meritvärde (16 ämnen)" ) ) );
  EXPECT_FALSE( matcher.match( QStringLiteral( "Genomsnittligt meritvärde" ) ) );
  EXPECT_FALSE( matcher.match( QStringLiteral( "Andel (%) elever behöriga till yrkesprogram" ) ) );
  EXPECT_FALSE( matcher.match( QStringLiteral( "Andel (%) flickor behöriga till yrkesprog." ) ) );
}

TEST( DpkExportColumnMatcher, RecognisesTheSchoolFieldsOfTheExport )
{
  const DpkExportColumnMatcher matcher = standardMatcher();
  const std::pair<const char *, DpkExportColumnMatcher::Field> fields[] = {
      { "Skola", DpkExportColumnMatcher::Field::SchoolName },
      { "Skolenhetskod", DpkExportColumnMatcher::Field::SchoolCode },
      { "Skolkommun", DpkExportColumnMatcher::Field::MunicipalityName },
      { "Kommunkod", DpkExportColumnMatcher::Field::MunicipalityCode },
      { "Typ av huvudman", DpkExportColumnMatcher::Field::OrganiserType },
      { "Huvudman", DpkExportColumnMatcher::Field::Organiser },
      { "Huvudman orgnr", DpkExportColumnMatcher::Field::OrganiserNumber },
  };
  for ( const auto &[ header, field ] : fields )
  {
    const std::optional<DpkExportColumnMatcher::Match> match =
        matcher.match( QString::fromUtf8( header ) );
    ASSERT_TRUE( match ) << header;
    EXPECT_EQ( match->field, field ) << header;
  }
}

TEST( DpkExportColumnMatcher, RefusesTwoIndicatorsClaimingOneColumn )
{
  const DpkResult<DpkExportColumnMatcher> matcher = DpkExportColumnMatcher::create(
      { indicator( QStringLiteral( "a" ), { QStringLiteral( "Antal elever" ) } ),
        indicator( QStringLiteral( "b" ), { QStringLiteral( "antal  elever" ) } ) } );
  ASSERT_FALSE( matcher.isOk() );
  EXPECT_TRUE( matcher.error().contains( QStringLiteral( "'b'" ) ) );
  EXPECT_TRUE( matcher.error().contains( QStringLiteral( "'a'" ) ) );

  const DpkResult<DpkExportColumnMatcher> clash = DpkExportColumnMatcher::create(
      { indicator( QStringLiteral( "c" ), { QStringLiteral( "Kommun-kod" ) } ) } );
  EXPECT_FALSE( clash.isOk() );
}
