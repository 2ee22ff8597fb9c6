#include "dpkclassbreaks.h"

#include <gtest/gtest.h>

using Method = DpkIndicator::ClassificationMethod;

TEST( DpkClassBreaks, QuantilesHoldEqualShares )
{
  const QList<double> values{ 8, 1, 7, 2, 6, 3, 5, 4 };
  EXPECT_EQ( DpkClassBreaks::compute( Method::Quantile, values, 4 ),
             ( QList<double>{ 2, 4, 6, 8 } ) );
}

TEST( DpkClassBreaks, EqualIntervalsSpanTheRange )
{
  const QList<double> values{ 0, 3, 10 };
  EXPECT_EQ( DpkClassBreaks::compute( Method::EqualInterval, values, 5 ),
             ( QList<double>{ 2, 4, 6, 8, 10 } ) );
}

TEST( DpkClassBreaks, JenksFindsTheNaturalGroups )
{
  const QList<double> values{ 1, 2, 3, 50, 51, 52, 200, 201 };
  EXPECT_EQ( DpkClassBreaks::compute( Method::Jenks, values, 3 ), ( QList<double>{ 3, 52, 201 } ) );
}

TEST( DpkClassBreaks, JenksMatchesABruteForceSearch )
{
  QList<double> values;
  for ( int i = 0; i < 30; ++i )
    values.append( ( i * 37 % 101 ) + ( i % 7 ) * 0.5 );
  std::sort( values.begin(), values.end() );

  // Every way of cutting the sorted values into three classes, scored by within-class variance.
  const auto squaredDeviation = [ & ]( int first, int last )
  {
    double mean = 0;
    for ( int i = first; i <= last; ++i )
      mean += values.at( i );
    mean /= last - first + 1;
    double sum = 0;
    for ( int i = first; i <= last; ++i )
      sum += ( values.at( i ) - mean ) * ( values.at( i ) - mean );
    return sum;
  };
  double best = std::numeric_limits<double>::infinity();
  QList<double> bestBreaks;
  for ( int a = 0; a < values.size() - 2; ++a )
  {
    for ( int b = a + 1; b < values.size() - 1; ++b )
    {
      const double cost = squaredDeviation( 0, a ) + squaredDeviation( a + 1, b ) +
                          squaredDeviation( b + 1, static_cast<int>( values.size() ) - 1 );
      if ( cost < best - 1e-9 )
      {
        best = cost;
        bestBreaks = { values.at( a ), values.at( b ), values.last() };
      }
    }
  }
  EXPECT_EQ( DpkClassBreaks::compute( Method::Jenks, values, 3 ), bestBreaks );
}

TEST( DpkClassBreaks, FewDistinctValuesGiveFewerClasses )
{
  const QList<double> values{ 5, 5, 5, 9 };
  EXPECT_EQ( DpkClassBreaks::compute( Method::Quantile, values, 4 ), ( QList<double>{ 5, 9 } ) );
  EXPECT_EQ( DpkClassBreaks::compute( Method::Jenks, { 7, 7 }, 3 ), ( QList<double>{ 7 } ) );
}

TEST( DpkClassBreaks, FixedBreaksComeBackUnchanged )
{
  const QList<double> fixed{ 200, 225, 250, 275, 340 };
  EXPECT_EQ( DpkClassBreaks::compute( Method::FixedBreaks, { 1, 2 }, 5, fixed ), fixed );
}

TEST( DpkClassBreaks, NoValuesNoBreaks )
{
  EXPECT_TRUE( DpkClassBreaks::compute( Method::Quantile, {}, 5 ).isEmpty() );
}
