#include "dpkcsvsplitter.h"

DpkExportTable DpkCsvSplitter::split( const QString &text, QChar separator )
{
  DpkExportTable table;
  const QChar quote( QLatin1Char( '"' ) );
  const int size = text.size();

  int line = 1;
  int pos = 0;
  while ( pos < size )
  {
    DpkExportRow row;
    row.line = line;
    QString cell;
    bool atCellStart = true;
    bool inQuotes = false;
    bool rowEnded = false;

    while ( pos < size && !rowEnded )
    {
      const QChar c = text.at( pos );
      if ( inQuotes )
      {
        // Inside quotes only a quote is special: doubled it is a quote, single it closes.
        if ( c == quote && pos + 1 < size && text.at( pos + 1 ) == quote )
        {
          cell.append( quote );
          pos += 2;
          continue;
        }
        if ( c == quote )
          inQuotes = false;
        else
        {
          if ( c == QLatin1Char( '\n' ) ||
               ( c == QLatin1Char( '\r' ) &&
                 ( pos + 1 >= size || text.at( pos + 1 ) != QLatin1Char( '\n' ) ) ) )
            ++line;
          cell.append( c );
        }
        ++pos;
        continue;
      }

      if ( c == quote && atCellStart )
      {
        inQuotes = true;
        atCellStart = false;
        ++pos;
      }
      else if ( c == separator )
      {
        row.cells.append( cell );
        cell.clear();
        atCellStart = true;
        ++pos;
      }
      else if ( c == QLatin1Char( '\r' ) || c == QLatin1Char( '\n' ) )
      {
        pos += ( c == QLatin1Char( '\r' ) && pos + 1 < size &&
                 text.at( pos + 1 ) == QLatin1Char( '\n' ) )
                   ? 2
                   : 1;
        rowEnded = true;
      }
      else
      {
        cell.append( c );
        atCellStart = false;
        ++pos;
      }
    }

    row.cells.append( cell );
    row.lastLine = line;
    row.complete = rowEnded;
    table.rows.append( row );
    ++line;
  }
  return table;
}
