#include "dpkclassbreaks.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace
{
QList<double> withoutRepeats( const QList<double> &breaks )
{
  QList<double> result;
  for ( const double value : breaks )
  {
    if ( result.isEmpty() || value > result.last() )
      result.append( value );
  }
  return result;
}
} // namespace

QList<double> DpkClassBreaks::compute( DpkIndicator::ClassificationMethod method,
                                       QList<double> values, int classCount,
                                       const QList<double> &fixedBreaks )
{
  if ( method == DpkIndicator::ClassificationMethod::FixedBreaks )
    return fixedBreaks;
  if ( values.isEmpty() || classCount < 1 )
    return {};

  std::sort( values.begin(), values.end() );
  switch ( method )
  {
  case DpkIndicator::ClassificationMethod::Quantile:
    return quantile( values, classCount );
  case DpkIndicator::ClassificationMethod::EqualInterval:
    return equalInterval( values, classCount );
  case DpkIndicator::ClassificationMethod::Jenks:
    return jenks( values, classCount );
  case DpkIndicator::ClassificationMethod::FixedBreaks:
    break;
  }
  return fixedBreaks;
}

QList<double> DpkClassBreaks::quantile( const QList<double> &sortedValues, int classCount )
{
  const int count = static_cast<int>( sortedValues.size() );
  QList<double> breaks;
  for ( int i = 1; i < classCount; ++i )
  {
    const int position = static_cast<int>( std::ceil( double( i ) * count / classCount ) ) - 1;
    breaks.append( sortedValues.at( std::clamp( position, 0, count - 1 ) ) );
  }
  breaks.append( sortedValues.last() );
  return withoutRepeats( breaks );
}

QList<double> DpkClassBreaks::equalInterval( const QList<double> &sortedValues, int classCount )
{
  const double lowest = sortedValues.first();
  const double highest = sortedValues.last();
  QList<double> breaks;
  for ( int i = 1; i < classCount; ++i )
    breaks.append( lowest + ( highest - lowest ) * i / classCount );
  breaks.append( highest );
  return withoutRepeats( breaks );
}

QList<double> DpkClassBreaks::jenks( const QList<double> &sortedValues, int classCount )
{
  // Fisher's exact dynamic programme: cost[k][i] is the least sum of squared deviations of the
  // first i values split into k classes; start[k][i] is where the last of those classes begins.
  const int count = static_cast<int>( sortedValues.size() );
  const int classes = std::min( classCount, count );
  std::vector<double> prefix( count + 1, 0.0 ), prefixSquares( count + 1, 0.0 );
  for ( int i = 0; i < count; ++i )
  {
    prefix[ i + 1 ] = prefix[ i ] + sortedValues.at( i );
    prefixSquares[ i + 1 ] = prefixSquares[ i ] + sortedValues.at( i ) * sortedValues.at( i );
  }
  // The squared deviations of the values first..last (0-based, inclusive) from their mean.
  const auto deviation = [ & ]( int first, int last )
  {
    const double n = last - first + 1;
    const double sum = prefix[ last + 1 ] - prefix[ first ];
    return prefixSquares[ last + 1 ] - prefixSquares[ first ] - sum * sum / n;
  };

  const double infinity = std::numeric_limits<double>::infinity();
  std::vector<std::vector<double>> cost( classes + 1, std::vector<double>( count + 1, infinity ) );
  std::vector<std::vector<int>> start( classes + 1, std::vector<int>( count + 1, 0 ) );
  cost[ 0 ][ 0 ] = 0.0;
  for ( int k = 1; k <= classes; ++k )
  {
    for ( int i = k; i <= count; ++i )
    {
      for ( int first = k - 1; first < i; ++first )
      {
        const double candidate = cost[ k - 1 ][ first ] + deviation( first, i - 1 );
        if ( candidate < cost[ k ][ i ] )
        {
          cost[ k ][ i ] = candidate;
          start[ k ][ i ] = first;
        }
      }
    }
  }

  QList<double> breaks;
  int end = count;
  for ( int k = classes; k >= 1; --k )
  {
    breaks.prepend( sortedValues.at( end - 1 ) );
    end = start[ k ][ end ];
  }
  return withoutRepeats( breaks );
}
