#include "dpklayouttemplates.h"

#include "dpklayoutbuilder.h"

#include <qgsapplication.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempicture.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsreadwritecontext.h>
#include <qgssettings.h>

#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>

const QString DpkLayoutTemplates::FOLDER_SETTING =
    QStringLiteral( "datapakarta/layoutTemplateFolder" );

namespace
{
const QString RESOURCE_PREFIX = QStringLiteral( ":/datapakarta/layouts/" );
const QString EXTENSION = QStringLiteral( ".qpt" );

//! Reads a template file into a new layout of \a project, without checking its items.
DpkResult<std::unique_ptr<QgsPrintLayout>>
readTemplate( const QString &path, const QString &shownName, QgsProject *project )
{
  using Result = DpkResult<std::unique_ptr<QgsPrintLayout>>;
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
    return Result::failure( DpkLayoutTemplates::tr( "%1: the layout template cannot be read: %2" )
                                .arg( shownName, file.errorString() ) );
  QDomDocument document;
  QString xmlError;
  int line = 0;
  if ( !document.setContent( &file, &xmlError, &line ) )
    return Result::failure(
        DpkLayoutTemplates::tr( "%1, line %2: the layout template is not valid XML: %3" )
            .arg( shownName )
            .arg( line )
            .arg( xmlError ) );

  auto layout = std::make_unique<QgsPrintLayout>( project );
  bool ok = false;
  layout->loadFromTemplate( document, QgsReadWriteContext(), true, &ok );
  if ( !ok )
    return Result::failure(
        DpkLayoutTemplates::tr( "%1: the file is not a QGIS layout template" ).arg( shownName ) );
  return Result::success( std::move( layout ) );
}
} // namespace

DpkLayoutTemplates::DpkLayoutTemplates( const QStringList &folders )
  : mFolders( folders )
{
}

DpkLayoutTemplates DpkLayoutTemplates::fromSettings()
{
  QStringList folders;
  const QString own = QgsSettings().value( FOLDER_SETTING ).toString();
  if ( !own.isEmpty() )
    folders << own;
  folders << QgsApplication::layoutTemplatePaths();
  folders << QgsApplication::qgisSettingsDirPath() + QStringLiteral( "composer_templates" );

  QStringList unique;
  for ( const QString &folder : folders )
  {
    if ( !folder.isEmpty() && !unique.contains( QDir::cleanPath( folder ) ) )
      unique << QDir::cleanPath( folder );
  }
  return DpkLayoutTemplates( unique );
}

bool DpkLayoutTemplates::isFilePath( const QString &name )
{
  return name.endsWith( EXTENSION, Qt::CaseInsensitive ) || name.contains( QLatin1Char( '/' ) );
}

QString DpkLayoutTemplates::builtInPath( const QString &name )
{
  return RESOURCE_PREFIX + name + EXTENSION;
}

QList<DpkLayoutTemplate> DpkLayoutTemplates::available() const
{
  QList<DpkLayoutTemplate> templates;
  for ( const QString &name : DpkLayoutBuilder::builtInTemplates() )
    templates << checked( name, builtInPath( name ), DpkLayoutTemplate::Origin::BuiltIn );

  QHash<QString, QString> first;
  for ( const auto &file : organisationFiles() )
  {
    DpkLayoutTemplate entry;
    if ( DpkLayoutBuilder::builtInTemplates().contains( file.first ) )
    {
      entry.name = file.first;
      entry.path = file.second;
      entry.origin = DpkLayoutTemplate::Origin::Organisation;
      entry.problem =
          tr( "%1: the file has the name of a built-in template; rename it to offer it" )
              .arg( file.second );
    }
    else if ( first.contains( file.first ) )
    {
      entry.name = file.first;
      entry.path = file.second;
      entry.origin = DpkLayoutTemplate::Origin::Organisation;
      entry.problem = tr( "%1: a template of the same name comes first: %2" )
                          .arg( file.second, first.value( file.first ) );
    }
    else
    {
      first.insert( file.first, file.second );
      entry = checked( file.first, file.second, DpkLayoutTemplate::Origin::Organisation );
    }
    templates << entry;
  }
  return templates;
}

DpkResult<QString> DpkLayoutTemplates::resolve( const QString &name,
                                                const QString &baseFolder ) const
{
  if ( DpkLayoutBuilder::builtInTemplates().contains( name ) )
    return DpkResult<QString>::success( builtInPath( name ) );
  for ( const auto &file : organisationFiles() )
  {
    if ( file.first == name )
      return DpkResult<QString>::success( file.second );
  }

  const QString path = QDir( baseFolder ).absoluteFilePath( name );
  if ( isFilePath( name ) )
  {
    if ( QFileInfo( path ).isFile() )
      return DpkResult<QString>::success( path );
    return DpkResult<QString>::failure( tr( "%1: no layout template file there" ).arg( path ) );
  }

  QStringList names = DpkLayoutBuilder::builtInTemplates();
  for ( const auto &file : organisationFiles() )
  {
    if ( !names.contains( file.first ) )
      names << file.first;
  }
  return DpkResult<QString>::failure(
      tr( "'%1' is not a layout template: expected one of %2 (built-in, or .qpt files in %3) or "
          "the path of a .qpt file" )
          .arg( name, names.join( QStringLiteral( ", " ) ),
                mFolders.isEmpty() ? tr( "no folder" )
                                   : mFolders.join( QStringLiteral( ", " ) ) ) );
}

DpkResult<std::unique_ptr<QgsPrintLayout>>
DpkLayoutTemplates::load( const QString &path, QgsProject *project, bool atlas )
{
  DpkResult<std::unique_ptr<QgsPrintLayout>> read =
      readTemplate( path, displayName( path ), project );
  if ( !read.isOk() )
    return read;
  std::unique_ptr<QgsPrintLayout> layout = read.takeValue();
  const QString problem = problems( *layout, path, atlas );
  if ( !problem.isEmpty() )
    return DpkResult<std::unique_ptr<QgsPrintLayout>>::failure( problem );
  return DpkResult<std::unique_ptr<QgsPrintLayout>>::success( std::move( layout ) );
}

DpkLayoutTemplate DpkLayoutTemplates::checked( const QString &name, const QString &path,
                                               DpkLayoutTemplate::Origin origin )
{
  DpkLayoutTemplate entry;
  entry.name = name;
  entry.path = path;
  entry.origin = origin;
  QgsProject project;
  DpkResult<std::unique_ptr<QgsPrintLayout>> read =
      readTemplate( path, displayName( path ), &project );
  if ( !read.isOk() )
  {
    entry.problem = read.error();
    return entry;
  }
  entry.problem = problems( *read.value(), path, false );
  entry.valid = entry.problem.isEmpty();
  if ( entry.valid )
  {
    entry.problem = problems( *read.value(), path, true );
    entry.atlas = entry.problem.isEmpty();
  }
  return entry;
}

QString DpkLayoutTemplates::displayName( const QString &path )
{
  if ( path.startsWith( RESOURCE_PREFIX ) && path.endsWith( EXTENSION ) )
    return path.mid( RESOURCE_PREFIX.size() ).chopped( EXTENSION.size() );
  return path;
}

QString DpkLayoutTemplates::problems( const QgsPrintLayout &layout, const QString &path,
                                      bool atlas )
{
  const QString shown = displayName( path );

  // Every item the builder fills must be there, and of the kind it expects.
  const auto missing = [ &layout ]( const QStringList &ids )
  {
    QStringList absent;
    for ( const QString &id : ids )
    {
      if ( !layout.itemById( id ) )
        absent << QStringLiteral( "'%1'" ).arg( id );
    }
    return absent.join( QStringLiteral( ", " ) );
  };
  const QString missingItems = missing( DpkLayoutBuilder::requiredItems() );
  if ( !missingItems.isEmpty() )
    return tr( "%1: the layout template has no item with the id %2, which Data på karta fills in" )
        .arg( shown, missingItems );
  const QString missingAtlasItems = atlas ? missing( DpkLayoutBuilder::atlasItems() ) : QString();
  if ( !missingAtlasItems.isEmpty() )
    return tr( "%1: the layout template makes no atlas: it has no item with the id %2" )
        .arg( shown, missingAtlasItems );

  const QList<std::pair<QString, bool>> kinds{
      { QStringLiteral( "map" ),
        qobject_cast<QgsLayoutItemMap *>( layout.itemById( QStringLiteral( "map" ) ) ) != nullptr },
      { QStringLiteral( "legend" ), qobject_cast<QgsLayoutItemLegend *>( layout.itemById(
                                        QStringLiteral( "legend" ) ) ) != nullptr },
      { QStringLiteral( "logo" ), qobject_cast<QgsLayoutItemPicture *>(
                                      layout.itemById( QStringLiteral( "logo" ) ) ) != nullptr } };
  for ( const auto &kind : kinds )
  {
    if ( !kind.second )
      return tr( "%1: the item '%2' of the layout template is not of the kind its id says" )
          .arg( shown, kind.first );
  }
  QStringList labels{ QStringLiteral( "title" ), QStringLiteral( "source" ),
                      QStringLiteral( "suppression" ), QStringLiteral( "date" ) };
  if ( atlas )
    labels << DpkLayoutBuilder::atlasItems();
  for ( const QString &id : labels )
  {
    if ( !qobject_cast<QgsLayoutItemLabel *>( layout.itemById( id ) ) )
      return tr( "%1: the item '%2' of the layout template is not a label" ).arg( shown, id );
  }
  return QString();
}

QList<std::pair<QString, QString>> DpkLayoutTemplates::organisationFiles() const
{
  QList<std::pair<QString, QString>> files;
  for ( const QString &folder : mFolders )
  {
    const QFileInfoList entries =
        QDir( folder ).entryInfoList( { QStringLiteral( "*" ) + EXTENSION },
                                      QDir::Files | QDir::Readable, QDir::Name | QDir::IgnoreCase );
    for ( const QFileInfo &entry : entries )
      files.append( { entry.completeBaseName(), entry.absoluteFilePath() } );
  }
  return files;
}
