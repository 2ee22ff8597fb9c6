#include "dpkcommandoptions.h"

DpkCommandOptions::DpkCommandOptions( const QString &command, const QString &usage )
  : mCommand( command )
  , mUsage( usage )
{
}

void DpkCommandOptions::addValueOption( const QString &name )
{
  mValueOptions.insert( name );
}

void DpkCommandOptions::addFlag( const QString &name )
{
  mFlags.insert( name );
}

QString DpkCommandOptions::parse( const QStringList &arguments )
{
  mValues.clear();
  mFlagsSet.clear();
  mPositional.clear();
  for ( int i = 0; i < arguments.size(); ++i )
  {
    const QString &argument = arguments.at( i );
    if ( mFlags.contains( argument ) )
    {
      mFlagsSet.insert( argument );
      continue;
    }
    if ( mValueOptions.contains( argument ) )
    {
      if ( i + 1 >= arguments.size() )
        return tr( "%1: the option '%2' needs a value; expected %3" )
            .arg( mCommand, argument, mUsage );
      mValues.insert( argument, arguments.at( ++i ) );
      continue;
    }
    // A lone "-" is a plain argument; anything else starting with a dash is an unknown option.
    const bool looksLikeOption = argument.startsWith( QLatin1Char( '-' ) ) && argument.size() > 1;
    if ( looksLikeOption || mPositional.size() >= mMaximumPositional )
    {
      return tr( "%1: unexpected argument '%2'; expected %3" ).arg( mCommand, argument, mUsage );
    }
    mPositional.append( argument );
  }
  return QString();
}

bool DpkCommandOptions::isSet( const QString &name ) const
{
  return mFlagsSet.contains( name ) || mValues.contains( name );
}

QString DpkCommandOptions::value( const QString &name, const QString &defaultValue ) const
{
  return mValues.value( name, defaultValue );
}
