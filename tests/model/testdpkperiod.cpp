#include "dpkperiod.h"

#include <gtest/gtest.h>

TEST( DpkPeriod, ParsesSkolverketsSchoolYear )
{
  const DpkResult<DpkPeriod> period = DpkPeriod::parse( QStringLiteral( "2024/25" ) );
  ASSERT_TRUE( period.isOk() ) << period.error().toStdString();
  EXPECT_EQ( period.value().startYear(), 2024 );
  EXPECT_EQ( period.value().toString(), QStringLiteral( "2024/25" ) );
}

TEST( DpkPeriod, AcceptsFullSecondYearAndDash )
{
  EXPECT_EQ( DpkPeriod::parse( QStringLiteral( "2024/2025" ) ).value(), DpkPeriod( 2024 ) );
  EXPECT_EQ( DpkPeriod::parse( QStringLiteral( " 2024-25 " ) ).value(), DpkPeriod( 2024 ) );
}

TEST( DpkPeriod, CrossesACentury )
{
  const DpkResult<DpkPeriod> period = DpkPeriod::parse( QStringLiteral( "1999/00" ) );
  ASSERT_TRUE( period.isOk() ) << period.error().toStdString();
  EXPECT_EQ( period.value().toString(), QStringLiteral( "1999/00" ) );
}

TEST( DpkPeriod, RejectsYearsThatDoNotFollowOn )
{
  const DpkResult<DpkPeriod> period = DpkPeriod::parse( QStringLiteral( "2024/26" ) );
  ASSERT_FALSE( period.isOk() );
  EXPECT_TRUE( period.error().contains( QStringLiteral( "2024/26" ) ) );
}

TEST( DpkPeriod, RejectsTextThatIsNoYear )
{
  for ( const QString &text : { QStringLiteral( "" ), QStringLiteral( "läsår" ),
                                QStringLiteral( "2024" ), QStringLiteral( "24/25" ) } )
  {
    EXPECT_FALSE( DpkPeriod::parse( text ).isOk() ) << text.toStdString();
  }
}

TEST( DpkPeriod, OrdersByStartingYear )
{
  EXPECT_LT( DpkPeriod( 2023 ), DpkPeriod( 2024 ) );
  EXPECT_LT( DpkPeriod(), DpkPeriod( 2000 ) );
  EXPECT_EQ( DpkPeriod( 2024 ).next(), DpkPeriod( 2025 ) );
  EXPECT_FALSE( DpkPeriod().isValid() );
}
