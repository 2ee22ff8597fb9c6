<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>DpkAggregateToAreasAlgorithm</name>
    <message>
        <source>Aggregate to areas</source>
        <translation>Sammanställ per område</translation>
    </message>
    <message>
        <source>area,aggregate,weighted,district,stadsdelsområde,deso</source>
        <translation>område,sammanställning,viktad,stadsdel,stadsdelsområde,deso</translation>
    </message>
    <message>
        <source>Combines the figures of the schools (the output of Place schools) into one figure per area of a polygon layer.

Shares and means are weighted by the pupils behind each school's figure, counts are summed. Only figures that may be shown enter. An area figure resting on fewer pupils than the indicator's minimum group is suppressed: it has no number and the status 'suppressed'. A '~100' share enters as the middle of its interval and marks the figure as estimated.

Each figure keeps its basis: pupils, schools included and schools left out with the reason. With no indicator chosen, every indicator of the schools layer is combined.</source>
        <translation>Sammanställer skolornas värden (resultatet av Placera skolor) till ett värde per område i ett polygonlager.

Andelar och medelvärden viktas med antalet elever bakom varje skolas värde, antal summeras. Bara värden som får visas ingår. Ett områdesvärde som vilar på färre elever än indikatorns minsta grupp döljs: det saknar tal och har statusen 'suppressed'. En andel '~100' ingår som mitten av sitt intervall och markerar värdet som uppskattat.

Varje värde behåller sitt underlag: elever, skolor som ingår och skolor som inte ingår med skälet. Väljs ingen indikator sammanställs alla indikatorer i skollagret.</translation>
    </message>
    <message>
        <source>Schools (points)</source>
        <translation>Skolor (punkter)</translation>
    </message>
    <message>
        <source>Areas (polygons)</source>
        <translation>Områden (polygoner)</translation>
    </message>
    <message>
        <source>Area code field</source>
        <translation>Fält med områdeskod</translation>
    </message>
    <message>
        <source>Area name field; empty for the code</source>
        <translation>Fält med områdesnamn; tomt för koden</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Area figures</source>
        <translation>Områdesvärden</translation>
    </message>
    <message>
        <source>Area figures suppressed</source>
        <translation>Dolda områdesvärden</translation>
    </message>
    <message>
        <source>%1: no fields of the indicator '%2'; expected %2, %2_status and %2_period</source>
        <translation>%1: inga fält för indikatorn '%2'; väntade %2, %2_status och %2_period</translation>
    </message>
    <message>
        <source>%1: the school %2 has no geometry; left out</source>
        <translation>%1: skolan %2 saknar geometri; utelämnad</translation>
    </message>
    <message>
        <source>Not in an area: %1 %2</source>
        <translation>Inte i något område: %1 %2</translation>
    </message>
    <message>
        <source>%1: %2 has no points; expected a point layer such as the output of Place schools</source>
        <translation>%1: %2 har inga punkter; förväntade ett punktlager, till exempel utdata från Placera skolor</translation>
    </message>
    <message>
        <source>%1: %2 has no polygons; expected an area layer</source>
        <translation>%1: %2 har inga polygoner; förväntade ett områdeslager</translation>
    </message>
</context>
<context>
    <name>DpkAreaAggregator</name>
    <message>
        <source>no pupil count: %1</source>
        <translation>inget elevantal: %1</translation>
    </message>
    <message>
        <source>near 100 with too few pupils to bound the share</source>
        <translation>nära 100 med för få elever för att avgränsa andelen</translation>
    </message>
    <message>
        <source>value %1 outside the valid range %2 to %3</source>
        <translation>värdet %1 ligger utanför det giltiga intervallet %2 till %3</translation>
    </message>
    <message>
        <source>a pupil count of %1 gives it no weight</source>
        <translation>ett elevantal på %1 ger den ingen vikt</translation>
    </message>
</context>
<context>
    <name>DpkAreaIndex</name>
    <message>
        <source>%1: no field '%2'; the layer has the fields %3</source>
        <translation>%1: inget fält '%2'; lagret har fälten %3</translation>
    </message>
    <message>
        <source>%1: expected a layer of polygons, found %2</source>
        <translation>%1: väntade ett lager med polygoner, fann %2</translation>
    </message>
    <message>
        <source>%1: reading the areas was cancelled</source>
        <translation>%1: läsningen av områdena avbröts</translation>
    </message>
    <message>
        <source>%1: feature %2 has no value in the code field '%3'</source>
        <translation>%1: objekt %2 saknar värde i kodfältet '%3'</translation>
    </message>
</context>
<context>
    <name>DpkBuildCommand</name>
    <message>
        <source>datapakarta build: expected --config with the run configuration file; see datapakarta build --help</source>
        <translation>datapakarta build: väntade --config med körkonfigurationsfilen; se datapakarta build --help</translation>
    </message>
    <message>
        <source>datapakarta build: %1</source>
        <translation>datapakarta build: %1</translation>
    </message>
    <message>
        <source>%1: the run configuration cannot be read: %2</source>
        <translation>%1: körkonfigurationen kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1: key 'indicators': '%2' is not an indicator of the catalogue; see datapakarta indicators</source>
        <translation>%1: nyckeln 'indicators': '%2' är ingen indikator i katalogen; se datapakarta indicators</translation>
    </message>
    <message>
        <source>%1: key '%2': no file at %3</source>
        <translation>%1: nyckeln '%2': ingen fil på %3</translation>
    </message>
    <message>
        <source>%1: the project cannot be written: %2</source>
        <translation>%1: projektet kan inte skrivas: %2</translation>
    </message>
    <message>
        <source>%1: the project cannot be written</source>
        <translation>%1: projektet kan inte skrivas</translation>
    </message>
    <message>
        <source>GeoPackage: %1</source>
        <translation>GeoPackage: %1</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>Municipality: %1 %2, school year %3</source>
        <translation>Kommun: %1 %2, läsår %3</translation>
    </message>
    <message>
        <source>Areas: %1</source>
        <translation>Områden: %1</translation>
    </message>
    <message>
        <source>Suppressed figures:</source>
        <translation>Skyddade värden:</translation>
    </message>
    <message>
        <source>  %1: %2 schools, %3 areas</source>
        <translation>  %1: %2 skolor, %3 områden</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Varningar: %1</translation>
    </message>
    <message>
        <source>Map sheets: %1</source>
        <translation>Kartblad: %1</translation>
    </message>
    <message>
        <source>building the layers</source>
        <translation>bygger lagren</translation>
    </message>
    <message>
        <source>writing the project</source>
        <translation>skriver projektet</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klart</translation>
    </message>
    <message>
        <source>%1: the key '%2' is not part of a run configuration and is ignored</source>
        <translation>%1: nyckeln '%2' ingår inte i en körkonfiguration och ignoreras</translation>
    </message>
    <message>
        <source>datapakarta build: warning: %1</source>
        <translation>datapakarta build: varning: %1</translation>
    </message>
    <message>
        <source>%1: key 'layout.template': %2</source>
        <translation>%1: nyckeln 'layout.template': %2</translation>
    </message>
    <message>
        <source>making the atlas of %1</source>
        <translation>gör atlasen för %1</translation>
    </message>
    <message>
        <source>making the map sheet of %1</source>
        <translation>gör kartbladet för %1</translation>
    </message>
    <message>
        <source>Usage: datapakarta build --config &lt;run.json&gt; [--quiet] [--json]
                        [--catalogue &lt;file&gt;]

Makes the map of a run without the QGIS desktop: reads the results and school
locations, places the schools in the areas, and writes &lt;output.dir&gt;/&lt;output.name&gt;
.gpkg with the school and area layers and &lt;output.name&gt;.qgz, a QGIS project with
the styled layers. With the key "layout", it also adds a map sheet (and an atlas)
per indicator to the project and writes &lt;output.name&gt;-&lt;indicator&gt;.pdf beside it.
Relative paths in the configuration are taken from its folder.
A failed build leaves earlier files in output.dir as they were.

  --config     the run configuration, a JSON file; its keys are documented in
               resources/docs/run-configuration.md, with a complete example in
               resources/docs/run-config.example.json
  --quiet      print no progress on the error stream
  --json       print the summary as one JSON object (files written, counts,
               warnings, exit status) and nothing else on the output stream
  --catalogue  an organisation's indicator catalogue on top of the built-in one

Progress goes to the error stream: a bar on a terminal, a line per tenth of the
work otherwise.

Exit codes: 0 success, 1 the output could not be written, 2 bad configuration or
input, 3 source unavailable.
</source>
        <translation>Användning: datapakarta build --config &lt;run.json&gt; [--quiet] [--json]
                        [--catalogue &lt;fil&gt;]

Gör kartan för en körning utan QGIS skrivbord: läser resultaten och skolornas
lägen, placerar skolorna i områdena och skriver &lt;output.dir&gt;/&lt;output.name&gt;
.gpkg med skol- och områdeslagren och &lt;output.name&gt;.qgz, ett QGIS-projekt med
de symboliserade lagren. Med nyckeln "layout" lägger den också till ett kartblad (och
en atlas) per indikator i projektet och skriver &lt;output.name&gt;-&lt;indikator&gt;.pdf bredvid.
Relativa sökvägar i konfigurationen utgår från dess mapp.
En misslyckad körning lämnar tidigare filer i output.dir som de var.

  --config     körkonfigurationen, en JSON-fil; dess nycklar beskrivs i
               resources/docs/run-configuration.md, med ett fullständigt exempel i
               resources/docs/run-config.example.json
  --quiet      skriv inget förlopp på felströmmen
  --json       skriv sammanfattningen som ett enda JSON-objekt (skrivna filer, antal,
               varningar, slutstatus) och inget annat på utströmmen
  --catalogue  en organisations indikatorkatalog ovanpå den inbyggda

Förloppet skrivs på felströmmen: en stapel i en terminal, annars en rad per tiondel
av arbetet.

Slutkoder: 0 lyckades, 1 resultatet kunde inte skrivas, 2 felaktig konfiguration
eller indata, 3 källan går inte att nå.
</translation>
    </message>
    <message>
        <source>%1 is replaced by a new project; layers and layouts you added to it are not kept (datapakarta refresh keeps them)</source>
        <translation>%1 ersätts av ett nytt projekt; lager och layouter som du har lagt till i det behålls inte (datapakarta refresh behåller dem)</translation>
    </message>
    <message>
        <source>Schools read: %1, on the map: %2</source>
        <translation>Lästa skolor: %1, på kartan: %2</translation>
    </message>
    <message>
        <source>Not on the map or outside every area: %1</source>
        <translation>Inte på kartan eller utanför alla områden: %1</translation>
    </message>
    <message>
        <source>%1: key '%2': %3</source>
        <translation>%1: nyckeln '%2': %3</translation>
    </message>
    <message>
        <source>datapakarta build: interrupted; earlier files are kept</source>
        <translation>datapakarta build: avbruten; tidigare filer finns kvar</translation>
    </message>
</context>
<context>
    <name>DpkBuildTask</name>
    <message>
        <source>The build was cancelled; nothing was changed.</source>
        <translation>Körningen avbröts; ingenting ändrades.</translation>
    </message>
</context>
<context>
    <name>DpkCommandLineTool</name>
    <message>
        <source>datapakarta: unknown command '%1'; see datapakarta --help</source>
        <translation>datapakarta: okänt kommando '%1'; se datapakarta --help</translation>
    </message>
    <message>
        <source>datapakarta: unknown language '%1' after --lang; expected sv or en</source>
        <translation>datapakarta: okänt språk '%1' efter --lang; väntade sv eller en</translation>
    </message>
    <message>
        <source>Usage: datapakarta [--lang sv|en] &lt;command&gt; [options]

Maps of school results for Swedish municipalities, from Skolverket's statistics.

Commands:
  inspect &lt;file-or-URL&gt; [--municipality &lt;code&gt;] [--format json|table]
          [--catalogue &lt;file&gt;] [--cache &lt;folder&gt;]
                           print what a Skolverket export (CSV or XLSX) or the
                           API at a base URL holds: each school's figures with
                           their status and period, then a summary
  build --config &lt;run.json&gt; [--quiet] [--json]
                           make the GeoPackage and the QGIS project of a run;
                           see datapakarta build --help
  refresh &lt;project.qgz&gt; [--period &lt;school year&gt;] [--pdf] [--quiet] [--json]
                           repeat the run stored in a project, for instance for
                           a new school year; see datapakarta refresh --help
  demo --out &lt;folder&gt; [--quiet] [--json]
                           make a map, project and PDFs from built-in demo data,
                           without a network; see datapakarta demo --help
  indicators [--format json|table] [--catalogue &lt;file&gt;]
                           print the indicator catalogue; --catalogue reads an
                           organisation's catalogue on top of the built-in one
  install-plugin &lt;module&gt;  copy the QGIS plugin module into your QGIS profile
                           and enable it
  install-project-template [--folder &lt;folder&gt;]
                           install the plugin's project template into QGIS's
                           project template folder
  --version                print the version
  --help                   print this help

--lang chooses the language of messages; by default it follows LANG and LC_ALL.
build, refresh and demo show their progress on the error stream (a bar on a
terminal, plain lines otherwise; none with --quiet) and end with a summary, which
--json prints as one JSON object instead.

Exit codes:
  0  success
  1  the output could not be written
  2  bad input: unknown command or option, unreadable file, bad configuration
  3  source unavailable: a web service failed (HTTP error, time-out)
  4  partial result: printed, but rows were rejected or the source was not read
     completely
  130  interrupted by Ctrl-C or SIGTERM: earlier files are as they were; a second
       Ctrl-C ends the tool at once
</source>
        <translation>Användning: datapakarta [--lang sv|en] &lt;kommando&gt; [flaggor]

Kartor över skolresultat för svenska kommuner, ur Skolverkets statistik.

Kommandon:
  inspect &lt;fil-eller-URL&gt; [--municipality &lt;kod&gt;] [--format json|table]
          [--catalogue &lt;fil&gt;] [--cache &lt;mapp&gt;]
                           skriv ut vad en export från Skolverket (CSV eller XLSX)
                           eller API:et på en bas-URL innehåller: varje skolas värden
                           med status och period, sedan en sammanfattning
  build --config &lt;run.json&gt; [--quiet] [--json]
                           gör en körnings GeoPackage och QGIS-projekt;
                           se datapakarta build --help
  refresh &lt;project.qgz&gt; [--period &lt;läsår&gt;] [--pdf] [--quiet] [--json]
                           upprepa körningen som är sparad i ett projekt, till
                           exempel för ett nytt läsår; se datapakarta refresh --help
  demo --out &lt;mapp&gt; [--quiet] [--json]
                           gör en karta, ett projekt och PDF:er av inbyggda demodata,
                           utan nätverk; se datapakarta demo --help
  indicators [--format json|table] [--catalogue &lt;fil&gt;]
                           skriv ut indikatorkatalogen; --catalogue läser en
                           organisations katalog ovanpå den inbyggda
  install-plugin &lt;modul&gt;   kopiera QGIS-pluginmodulen till din QGIS-profil
                           och aktivera den
  install-project-template [--folder &lt;mapp&gt;]
                           installera pluginens projektmall i QGIS mapp för
                           projektmallar
  --version                skriv ut versionen
  --help                   skriv ut den här hjälpen

--lang väljer meddelandenas språk; som standard följer det LANG och LC_ALL.
build, refresh och demo visar sitt förlopp på felströmmen (en stapel i en
terminal, annars enkla rader; inget med --quiet) och slutar med en sammanfattning,
som --json i stället skriver som ett enda JSON-objekt.

Slutkoder:
  0  lyckades
  1  resultatet kunde inte skrivas
  2  felaktig indata: okänt kommando eller okänd flagga, oläslig fil, felaktig konfiguration
  3  källan går inte att nå: en webbtjänst svarade med fel (HTTP-fel, tidsgräns)
  4  ofullständigt resultat: utskrivet, men rader avvisades eller källan lästes inte
     fullständigt
  130  avbruten med Ctrl-C eller SIGTERM: tidigare filer är som de var; ett andra
       Ctrl-C avslutar verktyget direkt
</translation>
    </message>
</context>
<context>
    <name>DpkCommandOptions</name>
    <message>
        <source>%1: the option '%2' needs a value; expected %3</source>
        <translation>%1: flaggan '%2' behöver ett värde; väntade %3</translation>
    </message>
    <message>
        <source>%1: unexpected argument '%2'; expected %3</source>
        <translation>%1: oväntat argument '%2'; väntade %3</translation>
    </message>
</context>
<context>
    <name>DpkDemoCommand</name>
    <message>
        <source>datapakarta demo: expected --out with the folder to write the demo into; see datapakarta demo --help</source>
        <translation>datapakarta demo: --out med mappen som demon ska skrivas till förväntades; se datapakarta demo --help</translation>
    </message>
    <message>
        <source>datapakarta demo: %1</source>
        <translation>datapakarta demo: %1</translation>
    </message>
    <message>
        <source>%1: the run configuration cannot be read: %2</source>
        <translation>%1: körkonfigurationen går inte att läsa: %2</translation>
    </message>
    <message>
        <source>The demo is ready.</source>
        <translation>Demon är klar.</translation>
    </message>
    <message>
        <source>Demo data: %1</source>
        <translation>Demodata: %1</translation>
    </message>
    <message>
        <source>Open the project in QGIS: %1</source>
        <translation>Öppna projektet i QGIS: %1</translation>
    </message>
    <message>
        <source>GeoPackage: %1</source>
        <translation>GeoPackage: %1</translation>
    </message>
    <message>
        <source>PDFs:</source>
        <translation>PDF:er:</translation>
    </message>
    <message>
        <source>Usage: datapakarta demo --out &lt;folder&gt; [--quiet] [--json]

Makes a complete map from built-in demo data, without a network or files of your
own: the invented municipality Demoköping with six areas, its schools and their
year 9 results, including suppressed (..), missing (.) and rounded (~100) figures.
The demo data and their run configuration are written to &lt;folder&gt;/data; the
GeoPackage, the QGIS project and a PDF map sheet and atlas per indicator are
written to &lt;folder&gt;, as datapakarta build writes them.

  --out    the folder to write into; created when missing
  --quiet  print no progress on the error stream
  --json   print the summary as one JSON object (files written, counts,
           warnings, exit status) and nothing else on the output stream

Exit codes: 0 success, 1 the output could not be written.
</source>
        <translation>Användning: datapakarta demo --out &lt;mapp&gt; [--quiet] [--json]

Gör en komplett karta av inbyggda demodata, utan nätverk och utan egna filer:
den påhittade kommunen Demoköping med sex områden, dess skolor och deras resultat
i årskurs 9, med prickade (..), saknade (.) och avrundade (~100) värden.
Demodata och deras körkonfiguration skrivs till &lt;mapp&gt;/data; GeoPackage-filen,
QGIS-projektet och en PDF med kartblad och en atlas per indikator skrivs till
&lt;mapp&gt;, på samma sätt som datapakarta build skriver dem.

  --out    mappen att skriva till; skapas om den saknas
  --quiet  skriv inget förlopp på felströmmen
  --json   skriv sammanfattningen som ett enda JSON-objekt (skrivna filer, antal,
           varningar, slutstatus) och inget annat på utströmmen

Slutkoder: 0 lyckades, 1 resultatet kunde inte skrivas.
</translation>
    </message>
</context>
<context>
    <name>DpkDemoData</name>
    <message>
        <source>%1: the folder for the demo data cannot be created</source>
        <translation>%1: mappen för demodata går inte att skapa</translation>
    </message>
    <message>
        <source>%1: the demo data cannot be written: %2</source>
        <translation>%1: demodata går inte att skriva: %2</translation>
    </message>
    <message>
        <source>invented demo data</source>
        <translation>påhittade demodata</translation>
    </message>
</context>
<context>
    <name>DpkDockWidget</name>
    <message>
        <source>Data på karta</source>
        <translation>Data på karta</translation>
    </message>
    <message>
        <source>Maps of school results from Skolverket's statistics, by school and by area.</source>
        <translation>Kartor över skolresultat ur Skolverkets statistik, per skola och per område.</translation>
    </message>
    <message>
        <source>Skolverket's marks</source>
        <translation>Skolverkets markeringar</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Markering</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Betydelse</translation>
    </message>
    <message>
        <source>No figure based on fewer pupils than an indicator's minimum group is ever shown, in any layer, label, table or print.</source>
        <translation>Inget värde som bygger på färre elever än indikatorns minsta grupp visas någonsin, varken i lager, etiketter, tabeller eller utskrifter.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Minimum group</source>
        <translation>Minsta grupp</translation>
    </message>
    <message>
        <source>The indicator catalogue could not be loaded:
%1</source>
        <translation>Indikatorkatalogen kunde inte läsas in:
%1</translation>
    </message>
    <message>
        <source>Make map</source>
        <translation>Gör karta</translation>
    </message>
    <message>
        <source>About marks</source>
        <translation>Om markeringarna</translation>
    </message>
</context>
<context>
    <name>DpkExportColumnMatcher</name>
    <message>
        <source>the export column '%1' of indicator '%2' is already the column of '%3': each column must have one meaning</source>
        <translation>exportkolumnen '%1' för indikatorn '%2' är redan kolumnen för '%3': varje kolumn måste ha en enda betydelse</translation>
    </message>
</context>
<context>
    <name>DpkExportPeriodTask</name>
    <message>
        <source>Reading the school years of %1</source>
        <translation>Läser läsåren i %1</translation>
    </message>
    <message>
        <source>%1: reading was cancelled</source>
        <translation>%1: läsningen avbröts</translation>
    </message>
</context>
<context>
    <name>DpkExportReader</name>
    <message>
        <source>cannot open '%1': %2</source>
        <translation>kan inte öppna '%1': %2</translation>
    </message>
    <message>
        <source>cannot read '%1': %2</source>
        <translation>kan inte läsa '%1': %2</translation>
    </message>
    <message>
        <source>'%1' mixes encodings: line %2 and maybe others are not UTF-8 and were read as Windows-1252, the other lines as UTF-8; check the names and save the file again as UTF-8</source>
        <translation>'%1' blandar teckenkodningar: rad %2 och kanske fler är inte UTF-8 och lästes som Windows-1252, övriga rader som UTF-8; kontrollera namnen och spara filen igen som UTF-8</translation>
    </message>
    <message>
        <source>'%1' was read as Windows-1252, since line %2 is not UTF-8</source>
        <translation>'%1' lästes som Windows-1252, eftersom rad %2 inte är UTF-8</translation>
    </message>
    <message>
        <source>'%1' ends in the middle of a character: the file was cut off</source>
        <translation>'%1' slutar mitt i ett tecken: filen har kapats</translation>
    </message>
    <message>
        <source>'%1' holds no school-unit table of Skolverket's statistics: no sheet has a header row with the columns %2</source>
        <translation>'%1' innehåller ingen tabell på skolenhetsnivå från Skolverkets statistik: inget blad har en rubrikrad med kolumnerna %2</translation>
    </message>
    <message>
        <source>'%1' is empty: expected a statistics export from Skolverket</source>
        <translation>'%1' är tom: en statistikexport från Skolverket förväntades</translation>
    </message>
    <message>
        <source>'%1' is not a school-unit table of Skolverket's statistics: no row has the header '%2'; expected a header row with the columns %3</source>
        <translation>'%1' är ingen tabell på skolenhetsnivå från Skolverkets statistik: ingen rad har rubriken '%2'; en rubrikrad med kolumnerna %3 förväntades</translation>
    </message>
    <message>
        <source>'%1' ends right after its school rows, without Skolverket's notes: check that the whole file was downloaded</source>
        <translation>'%1' slutar direkt efter skolraderna, utan Skolverkets fotnoter: kontrollera att hela filen laddades ned</translation>
    </message>
    <message>
        <source>'%1' has no school rows that could be read below its header on line %2</source>
        <translation>'%1' har inga läsbara skolrader under rubrikraden på rad %2</translation>
    </message>
    <message>
        <source>the file ends inside this row, so it was cut off: the row is not read and the file is incomplete</source>
        <translation>filen slutar mitt i den här raden, så den har kapats: raden läses inte och filen är ofullständig</translation>
    </message>
    <message>
        <source>%1 %2 is already on line %3</source>
        <translation>%1 %2 finns redan på rad %3</translation>
    </message>
    <message>
        <source>'%1' line %2: column %3 '%4' is not a column of any indicator in the catalogue, so it was not read</source>
        <translation>'%1' rad %2: kolumn %3 '%4' hör inte till någon indikator i katalogen och lästes därför inte</translation>
    </message>
    <message>
        <source>'%1' line %2: columns %3 '%4' and %5 '%6' hold the same figure, so it is not clear which to read</source>
        <translation>'%1' rad %2: kolumnerna %3 '%4' och %5 '%6' innehåller samma uppgift, så det går inte att avgöra vilken som ska läsas</translation>
    </message>
    <message>
        <source>'%1' line %2: the header has no '%3' column; expected the columns %4</source>
        <translation>'%1' rad %2: rubrikraden saknar kolumnen '%3'; kolumnerna %4 förväntades</translation>
    </message>
    <message>
        <source>'%1' line %2: %3</source>
        <translation>'%1' rad %2: %3</translation>
    </message>
    <message>
        <source>'%1': no school year above the header on line %2; expected a line such as 'Valt läsår: 2024/25'</source>
        <translation>'%1': inget läsår ovanför rubrikraden på rad %2; en rad som 'Valt läsår: 2024/25' förväntades</translation>
    </message>
    <message>
        <source>the row has %1 fields, expected %2 as in the header on line %3</source>
        <translation>raden har %1 fält, %2 förväntades som i rubrikraden på rad %3</translation>
    </message>
    <message>
        <source>%1 '%2' is not a school unit code: expected 8 digits</source>
        <translation>%1 '%2' är ingen skolenhetskod: 8 siffror förväntades</translation>
    </message>
    <message>
        <source>%1 '%2' is not a municipality code: expected 4 digits, with the leading zero, such as 0180</source>
        <translation>%1 '%2' är ingen kommunkod: 4 siffror med inledande nolla förväntades, till exempel 0180</translation>
    </message>
    <message>
        <source>%1 is empty: expected the school's name</source>
        <translation>%1 är tom: skolans namn förväntades</translation>
    </message>
    <message>
        <source>column '%1': %2</source>
        <translation>kolumn '%1': %2</translation>
    </message>
    <message>
        <source>column '%1': %2 is outside the valid range %3 to %4 of the indicator '%5'</source>
        <translation>kolumn '%1': %2 ligger utanför det giltiga intervallet %3 till %4 för indikatorn '%5'</translation>
    </message>
    <message>
        <source>'%1': rows after the blank line %2, where the notes begin, look like school rows (%3 rows, the first on line %4) and were not read; remove the blank line if they belong to the data</source>
        <translation>'%1': rader efter den tomma raden %2, där fotnoterna börjar, ser ut som skolrader (%3 rader, den första på rad %4) och lästes inte; ta bort den tomma raden om de hör till data</translation>
    </message>
</context>
<context>
    <name>DpkFileTransaction</name>
    <message>
        <source>%1: there is a folder or other non-file of that name; expected a file to replace</source>
        <translation>%1: där finns en mapp eller något annat än en fil med det namnet; väntade en fil att ersätta</translation>
    </message>
    <message>
        <source>%1: no copy of the earlier file can be kept beside it, so it is not replaced</source>
        <translation>%1: ingen kopia av den tidigare filen kan sparas bredvid den, så den ersätts inte</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1: mappen kan inte skapas</translation>
    </message>
    <message>
        <source>%1: another run is writing this file; expected it to finish first</source>
        <translation>%1: en annan körning skriver den här filen; förväntade att den blir klar först</translation>
    </message>
    <message>
        <source>%1: no lock can be made beside it, so it is not replaced</source>
        <translation>%1: inget lås kan skapas bredvid den, så den ersätts inte</translation>
    </message>
    <message>
        <source>%1: %2 holds the file as it was before a run that did not finish; rename it back to %3 or delete it, then run again</source>
        <translation>%1: %2 innehåller filen som den var före en körning som inte blev klar; byt tillbaka namnet till %3 eller ta bort den och kör sedan igen</translation>
    </message>
</context>
<context>
    <name>DpkGeoPackageWriter</name>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1: mappen kan inte skapas</translation>
    </message>
    <message>
        <source>%1: the layer '%2' cannot be created: %3</source>
        <translation>%1: lagret '%2' kan inte skapas: %3</translation>
    </message>
    <message>
        <source>%1: writing was cancelled</source>
        <translation>%1: skrivningen avbröts</translation>
    </message>
    <message>
        <source>%1: feature %2 of the layer '%3' cannot be written: %4</source>
        <translation>%1: objekt %2 i lagret '%3' kan inte skrivas: %4</translation>
    </message>
    <message>
        <source>%1: the file cannot be written</source>
        <translation>%1: filen kan inte skrivas</translation>
    </message>
    <message>
        <source>%1: the earlier file cannot be replaced</source>
        <translation>%1: den tidigare filen kan inte ersättas</translation>
    </message>
    <message>
        <source>%1: there is a folder or other non-file of that name; expected a GeoPackage file</source>
        <translation>%1: där finns en mapp eller något annat än en fil med det namnet; väntade en GeoPackage-fil</translation>
    </message>
</context>
<context>
    <name>DpkHttpCache</name>
    <message>
        <source>Cannot create the cache folder %1</source>
        <translation>Det går inte att skapa cachemappen %1</translation>
    </message>
    <message>
        <source>Cannot write the cache file %1: %2</source>
        <translation>Det går inte att skriva cachefilen %1: %2</translation>
    </message>
</context>
<context>
    <name>DpkHttpClient</name>
    <message>
        <source>%1 is not in the cache %2, and fetching is switched off (offline)</source>
        <translation>%1 finns inte i cachen %2, och hämtning är avstängd (frånkopplat läge)</translation>
    </message>
    <message>
        <source>the authentication configuration "%1" cannot be used because QGIS's authentication system is not available (%2)</source>
        <translation>autentiseringskonfigurationen "%1" kan inte användas eftersom QGIS autentiseringssystem inte är tillgängligt (%2)</translation>
    </message>
    <message>
        <source>the authentication configuration "%1" is not in QGIS's authentication database %2; create it under Settings → Options → Authentication, or choose another one for the run's source</source>
        <translation>autentiseringskonfigurationen "%1" finns inte i QGIS autentiseringsdatabas %2; skapa den under Inställningar → Alternativ → Autentisering, eller välj en annan för körningens källa</translation>
    </message>
</context>
<context>
    <name>DpkHttpTransfer</name>
    <message>
        <source>%1 could not be fetched (attempts: %2): %3</source>
        <translation>%1 kunde inte hämtas (försök: %2): %3</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>inget svar inom %1 s</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3</source>
        <translation>%1 svarade HTTP %2 %3</translation>
    </message>
    <message>
        <source>The request for %1 was cancelled</source>
        <translation>Begäran om %1 avbröts</translation>
    </message>
    <message>
        <source>%1 sent more than %2 bytes; expected a Skolverket API response</source>
        <translation>%1 skickade mer än %2 byte; väntade ett svar från Skolverkets API</translation>
    </message>
    <message>
        <source>The response from %1 ends before its JSON does (%2 bytes): the body was probably cut off</source>
        <translation>Svaret från %1 tar slut innan dess JSON gör det (%2 byte): svaret klipptes troligen av</translation>
    </message>
    <message>
        <source>The response from %1 is not JSON (%2 at byte %3); expected a Skolverket API response</source>
        <translation>Svaret från %1 är inte JSON (%2 vid byte %3); väntade ett svar från Skolverkets API</translation>
    </message>
    <message>
        <source>%1 was not requested: %2</source>
        <translation>%1 begärdes inte: %2</translation>
    </message>
</context>
<context>
    <name>DpkIndicatorCatalogue</name>
    <message>
        <source>%1: the indicator catalogue cannot be read: %2</source>
        <translation>%1: indikatorkatalogen kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2: inte giltig JSON: %3</translation>
    </message>
    <message>
        <source>%1: %2/id: the id "%3" is also used by %4</source>
        <translation>%1: %2/id: id:t "%3" används också av %4</translation>
    </message>
    <message>
        <source>%1/maximum: expected a number greater than the minimum %2, found %3</source>
        <translation>%1/maximum: väntade ett tal större än minimum %2, hittade %3</translation>
    </message>
    <message>
        <source>%1: the fixed classification needs "breaks", the upper bounds of its classes</source>
        <translation>%1: den fasta klassindelningen behöver "breaks", klassernas övre gränser</translation>
    </message>
    <message>
        <source>%1/breaks: only the fixed classification takes breaks; %2 computes them from the data</source>
        <translation>%1/breaks: bara den fasta klassindelningen tar gränser; %2 beräknar dem ur data</translation>
    </message>
    <message>
        <source>%1: the %2 classification needs "classCount", the number of classes</source>
        <translation>%1: klassindelningen %2 behöver "classCount", antalet klasser</translation>
    </message>
    <message>
        <source>%1: expected a break greater than %2, found %3</source>
        <translation>%1: väntade en gräns större än %2, hittade %3</translation>
    </message>
    <message>
        <source>%1: expected the last break to equal the maximum %2, found %3</source>
        <translation>%1: väntade att den sista gränsen är lika med maximum %2, hittade %3</translation>
    </message>
    <message>
        <source>%1: "apiField" and "apiResource" go together; found only one of them</source>
        <translation>%1: "apiField" och "apiResource" hör ihop; hittade bara den ena</translation>
    </message>
    <message>
        <source>%1/apiFieldProvisional: set without an "apiField"</source>
        <translation>%1/apiFieldProvisional: angiven utan "apiField"</translation>
    </message>
    <message>
        <source>%1/weightIndicator: an indicator cannot weight itself</source>
        <translation>%1/weightIndicator: en indikator kan inte vikta sig själv</translation>
    </message>
    <message>
        <source>%1: %2/id: the id "%3" is already defined in %4 at %5; set "replaces": true to replace that indicator</source>
        <translation>%1: %2/id: id:t "%3" är redan definierat i %4 vid %5; ange "replaces": true för att ersätta den indikatorn</translation>
    </message>
    <message>
        <source>%1: %2/replaces: no indicator with the id "%3" was defined before this file, so there is nothing to replace</source>
        <translation>%1: %2/replaces: ingen indikator med id:t "%3" definierades före den här filen, så det finns inget att ersätta</translation>
    </message>
    <message>
        <source>%1: no indicator has the id "%2"</source>
        <translation>%1: ingen indikator har id:t "%2"</translation>
    </message>
    <message>
        <source>%1: expected the id of a count of pupils, found "%2" whose unit is %3</source>
        <translation>%1: väntade id:t för ett antal elever, hittade "%2" vars enhet är %3</translation>
    </message>
    <message>
        <source>points</source>
        <translation>poäng</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>procent</translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation>procentenheter</translation>
    </message>
    <message>
        <source>pupils</source>
        <translation>elever</translation>
    </message>
    <message>
        <source>pupils per teacher</source>
        <translation>elever per lärare</translation>
    </message>
    <message>
        <source>%1: %2/minimumGroup: %3 is smaller than the minimum group %4 of "%5" in %6; a replacement may raise the minimum group, not lower it</source>
        <translation>%1: %2/minimumGroup: %3 är mindre än minsta gruppen %4 för "%5" i %6; en ersättning får höja minsta gruppen, inte sänka den</translation>
    </message>
</context>
<context>
    <name>DpkIndicatorsCommand</name>
    <message>
        <source>datapakarta indicators: unknown format '%1'; expected json or table</source>
        <translation>datapakarta indicators: okänt format '%1'; väntade json eller table</translation>
    </message>
    <message>
        <source>datapakarta indicators: %1</source>
        <translation>datapakarta indicators: %1</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Swedish name</source>
        <translation>svenskt namn</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>engelskt namn</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>enhet</translation>
    </message>
    <message>
        <source>minimum group</source>
        <translation>minsta grupp</translation>
    </message>
    <message>
        <source>Usage: datapakarta indicators [--format json|table] [--catalogue &lt;file&gt;]
</source>
        <translation>Användning: datapakarta indicators [--format json|table] [--catalogue &lt;fil&gt;]
</translation>
    </message>
</context>
<context>
    <name>DpkInspectCommand</name>
    <message>
        <source>expected an export file or the API's base URL; see datapakarta inspect --help</source>
        <translation>väntade en exportfil eller API:ets bas-URL; se datapakarta inspect --help</translation>
    </message>
    <message>
        <source>unknown format '%1'; expected json or table</source>
        <translation>okänt format '%1'; väntade json eller table</translation>
    </message>
    <message>
        <source>--municipality '%1' is not a kommunkod; expected 4 digits such as 0180</source>
        <translation>--municipality '%1' är ingen kommunkod; väntade 4 siffror som 0180</translation>
    </message>
    <message>
        <source>%1: the API is read one municipality at a time; expected --municipality with a kommunkod such as 0180</source>
        <translation>%1: API:et läses en kommun i taget; väntade --municipality med en kommunkod som 0180</translation>
    </message>
    <message>
        <source>--cache applies to the API only, not to the file %1</source>
        <translation>--cache gäller bara API:et, inte filen %1</translation>
    </message>
    <message>
        <source>datapakarta inspect: %1</source>
        <translation>datapakarta inspect: %1</translation>
    </message>
    <message>
        <source>datapakarta inspect: %1 was not read completely; see the summary</source>
        <translation>datapakarta inspect: %1 lästes inte fullständigt; se sammanfattningen</translation>
    </message>
    <message>
        <source>%1: no readable file there; expected a Skolverket statistics export (CSV or XLSX)</source>
        <translation>%1: ingen läsbar fil där; väntade en statistikexport från Skolverket (CSV eller XLSX)</translation>
    </message>
    <message>
        <source>Summary of %1</source>
        <translation>Sammanfattning av %1</translation>
    </message>
    <message>
        <source>  Rows read: %1</source>
        <translation>  Lästa rader: %1</translation>
    </message>
    <message>
        <source>  Rows read: %1 of municipality %2 (filtered; %3 in the source)</source>
        <translation>  Lästa rader: %1 i kommun %2 (filtrerat; %3 i källan)</translation>
    </message>
    <message>
        <source>  Municipalities: %1</source>
        <translation>  Kommuner: %1</translation>
    </message>
    <message>
        <source>  Rows rejected: %1</source>
        <translation>  Avvisade rader: %1</translation>
    </message>
    <message>
        <source>    line %1: %2</source>
        <translation>    rad %1: %2</translation>
    </message>
    <message>
        <source>  Footnote lines: %1</source>
        <translation>  Fotnotsrader: %1</translation>
    </message>
    <message>
        <source>  Periods: %1</source>
        <translation>  Perioder: %1</translation>
    </message>
    <message>
        <source>status counts</source>
        <translation>antal per status</translation>
    </message>
    <message>
        <source>  Units with coordinates: %1 of %2</source>
        <translation>  Skolenheter med koordinater: %1 av %2</translation>
    </message>
    <message>
        <source>  Units with statistics: %1</source>
        <translation>  Skolenheter med statistik: %1</translation>
    </message>
    <message>
        <source>  Units without coordinates: %1</source>
        <translation>  Skolenheter utan koordinater: %1</translation>
    </message>
    <message>
        <source>  Data retrieved: %1 (%2 days ago)</source>
        <translation>  Data hämtade: %1 (för %2 dagar sedan)</translation>
    </message>
    <message>
        <source>  Warnings: %1</source>
        <translation>  Varningar: %1</translation>
    </message>
    <message>
        <source>  The source was not read completely: these figures are partial.</source>
        <translation>  Källan lästes inte fullständigt: siffrorna är ofullständiga.</translation>
    </message>
    <message>
        <source>Usage: datapakarta inspect &lt;file-or-URL&gt; [--municipality &lt;code&gt;]
                           [--format json|table] [--catalogue &lt;file&gt;]
                           [--cache &lt;folder&gt;]

Prints what a source holds: each school with its code, name and municipality,
and for each indicator of the catalogue its value, status and school year; then
a summary with the rows read and rejected, footnote lines, periods and the count
of each status per indicator.

  &lt;file-or-URL&gt;    a Skolverket statistics export (CSV or XLSX), or the base URL
                   of the Planned Educations API, e.g.
                   https://api.skolverket.se/planned-educations/v4
  --municipality   print and count only the schools of this kommunkod (e.g. 0180);
                   required for a URL
  --format         table (default) or json: one document with "schools" and
                   "summary"
  --catalogue      an organisation's indicator catalogue on top of the built-in one
  --cache          folder of the API's response cache; a second run reads from it

Exit codes: 0 success, 2 bad input, 3 source unavailable, 4 partial result
(rows rejected or the source not read completely).
</source>
        <translation>Användning: datapakarta inspect &lt;fil-eller-URL&gt; [--municipality &lt;kod&gt;]
                           [--format json|table] [--catalogue &lt;fil&gt;]
                           [--cache &lt;mapp&gt;]

Skriver ut vad en källa innehåller: varje skola med kod, namn och kommun, och för
varje indikator i katalogen dess värde, status och läsår; sedan en sammanfattning
med lästa och avvisade rader, fotnotsrader, perioder och antalet av varje status
per indikator.

  &lt;fil-eller-URL&gt;  en statistikexport från Skolverket (CSV eller XLSX), eller bas-URL:en
                   till API:et Planned Educations, t.ex.
                   https://api.skolverket.se/planned-educations/v4
  --municipality   skriv ut och räkna bara skolorna i denna kommunkod (t.ex. 0180);
                   krävs för en URL
  --format         table (standard) eller json: ett dokument med "schools" och
                   "summary"
  --catalogue      en organisations indikatorkatalog ovanpå den inbyggda
  --cache          mapp för API:ets svarscache; en andra körning läser från den

Slutkoder: 0 lyckades, 2 felaktig indata, 3 källan går inte att nå, 4 ofullständigt
resultat (rader avvisade eller källan inte fullständigt läst).
</translation>
    </message>
    <message>
        <source>datapakarta inspect: %1 holds no school of the municipality %2</source>
        <translation>datapakarta inspect: %1 innehåller ingen skola i kommunen %2</translation>
    </message>
</context>
<context>
    <name>DpkInstallPluginCommand</name>
    <message>
        <source>datapakarta install-plugin: expected the path of the plugin module (libdatapakartaplugin.so)</source>
        <translation>datapakarta install-plugin: väntade sökvägen till pluginmodulen (libdatapakartaplugin.so)</translation>
    </message>
    <message>
        <source>datapakarta install-plugin: %1</source>
        <translation>datapakarta install-plugin: %1</translation>
    </message>
    <message>
        <source>Installed %1 and enabled it in the QGIS profile %2</source>
        <translation>Installerade %1 och aktiverade den i QGIS-profilen %2</translation>
    </message>
</context>
<context>
    <name>DpkInstallProjectTemplateCommand</name>
    <message>
        <source>datapakarta install-project-template: %1</source>
        <translation>datapakarta install-project-template: %1</translation>
    </message>
    <message>
        <source>Installed the project template %1; in QGIS, Project → New from Template offers it</source>
        <translation>Installerade projektmallen %1; i QGIS erbjuds den under Projekt → Nytt från mall</translation>
    </message>
    <message>
        <source>Usage: datapakarta install-project-template [--folder &lt;folder&gt;]

Copies the plugin's project template (its group, a map sheet per standard
indicator and a run to complete in the panel) into QGIS's project template
folder: the setting qgis/projectTemplateDir of your QGIS profile, by default
&lt;profile&gt;/project_templates. In QGIS, Project → New from Template then offers
it. An earlier copy is replaced.

  --folder  install into this folder instead

Exit codes: 0 success, 1 the template could not be written, 2 bad option.
</source>
        <translation>Användning: datapakarta install-project-template [--folder &lt;mapp&gt;]

Kopierar pluginens projektmall (dess grupp, ett kartblad per standardindikator
och en körning att fylla i i panelen) till QGIS mapp för projektmallar:
inställningen qgis/projectTemplateDir i din QGIS-profil, som standard
&lt;profil&gt;/project_templates. I QGIS erbjuds den sedan under Projekt → Nytt från
mall. En tidigare kopia ersätts.

  --folder  installera i den här mappen i stället

Slutkoder: 0 lyckades, 1 mallen kunde inte skrivas, 2 felaktig flagga.
</translation>
    </message>
</context>
<context>
    <name>DpkJsonSchemaValidator</name>
    <message>
        <source>%1: not valid JSON at character %2: %3</source>
        <translation>%1: inte giltig JSON vid tecken %2: %3</translation>
    </message>
    <message>
        <source>%1: expected a JSON Schema object</source>
        <translation>%1: ett JSON Schema-objekt väntades</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>översta nivån</translation>
    </message>
    <message>
        <source>unsupported keyword "%1"</source>
        <translation>nyckelordet "%1" stöds inte</translation>
    </message>
    <message>
        <source>expected a reference of the form #/$defs/&lt;name&gt; to a definition of this schema, found "%1"</source>
        <translation>väntade en referens av formen #/$defs/&lt;namn&gt; till en definition i detta schema, hittade "%1"</translation>
    </message>
    <message>
        <source>not a valid regular expression: %1</source>
        <translation>inget giltigt reguljärt uttryck: %1</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>väntade %1, hittade %2</translation>
    </message>
    <message>
        <source>expected at least %1 items, found %2</source>
        <translation>väntade minst %1 element, hittade %2</translation>
    </message>
    <message>
        <source>missing the required key "%1"</source>
        <translation>den obligatoriska nyckeln "%1" saknas</translation>
    </message>
    <message>
        <source>unknown key; the keys allowed here are %1</source>
        <translation>okänd nyckel; de nycklar som är tillåtna här är %1</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>något av %1</translation>
    </message>
    <message>
        <source> from %1 to %2</source>
        <translation> från %1 till %2</translation>
    </message>
    <message>
        <source> ≥ %1</source>
        <translation> ≥ %1</translation>
    </message>
    <message>
        <source> ≤ %1</source>
        <translation> ≤ %1</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>ett heltal</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ett tal</translation>
    </message>
    <message>
        <source>a string matching %1</source>
        <translation>en sträng som matchar %1</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>en icke-tom sträng</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>en sträng</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>en lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ett objekt</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ett värde</translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
</context>
<context>
    <name>DpkLayerTableBuilder</name>
    <message>
        <source>Schools</source>
        <translation>Skolor</translation>
    </message>
    <message>
        <source>Schools not on the map</source>
        <translation>Skolor som inte finns på kartan</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Områden</translation>
    </message>
</context>
<context>
    <name>DpkLayoutBuilder</name>
    <message>
        <source>%1: the build holds no indicator '%2'</source>
        <translation>%1: körningen innehåller ingen indikator '%2'</translation>
    </message>
    <message>
        <source>%1: the project holds no school layer of '%2'; add the build to the project first</source>
        <translation>%1: projektet har inget skollager för '%2'; lägg först till körningen i projektet</translation>
    </message>
    <message>
        <source>%1: an atlas needs the area layer of '%2', and the project holds none</source>
        <translation>%1: en kartbok behöver områdeslagret för '%2', och projektet har inget</translation>
    </message>
    <message>
        <source>%1 – per area</source>
        <translation>%1 – per område</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Skolor</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Områden</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Teckenförklaring</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>No figure resting on fewer than %1 pupils is shown: such schools and areas are hatched and marked as suppressed. An area's figure is the mean of its schools' figures weighted by their pupils.</source>
        <translation>Inget värde som bygger på färre än %1 elever visas: sådana skolor och områden är skrafferade och markerade som skyddade. Ett områdes värde är medelvärdet av skolornas värden, viktat med deras elevantal.</translation>
    </message>
    <message>
        <source>Made %1 with Data på karta</source>
        <translation>Framställd %1 med Data på karta</translation>
    </message>
    <message>
        <source>Basis: {schools} schools, {pupils} pupils</source>
        <translation>Underlag: {schools} skolor, {pupils} elever</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>Neighbouring areas</source>
        <translation>Angränsande områden</translation>
    </message>
    <message>
        <source>The project already has a layout named '%1' that Data på karta did not make; rename it to make this sheet</source>
        <translation>Projektet har redan en layout med namnet '%1' som Data på karta inte har gjort; byt namn på den för att göra detta kartblad</translation>
    </message>
    <message>
        <source>The layout '%1' cannot be added to the project</source>
        <translation>Layouten '%1' kan inte läggas till i projektet</translation>
    </message>
    <message>
        <source>The layout '%1' has no map item with the id '%2'</source>
        <translation>Layouten '%1' har inget kartobjekt med id '%2'</translation>
    </message>
    <message>
        <source>The layout '%1' has no legend item with the id '%2'</source>
        <translation>Layouten '%1' har inget teckenförklaringsobjekt med id '%2'</translation>
    </message>
    <message>
        <source>Source: %1, school year %2, retrieved %3</source>
        <translation>Källa: %1, läsår %2, uttag %3</translation>
    </message>
    <message>
        <source>Source: %1, school year %2</source>
        <translation>Källa: %1, läsår %2</translation>
    </message>
    <message>
        <source>Basis: 1 school, {pupils} pupils</source>
        <translation>Underlag: 1 skola, {pupils} elever</translation>
    </message>
</context>
<context>
    <name>DpkLayoutExporter</name>
    <message>
        <source>the export was cancelled</source>
        <translation>exporten avbröts</translation>
    </message>
    <message>
        <source>there is not enough memory for the page</source>
        <translation>det finns inte tillräckligt med minne för sidan</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>filen kan inte skrivas</translation>
    </message>
    <message>
        <source>the atlas has no pages: no area of its layer matches</source>
        <translation>kartboken har inga sidor: inget område i dess lager matchar</translation>
    </message>
    <message>
        <source>%1: the layout '%2' cannot be exported: %3</source>
        <translation>%1: layouten '%2' kan inte exporteras: %3</translation>
    </message>
    <message>
        <source>the PDF cannot be opened to write its title and author</source>
        <translation>PDF-filen kan inte öppnas för att skriva in titel och författare</translation>
    </message>
    <message>
        <source>%1: the exported file cannot be put in place</source>
        <translation>%1: den exporterade filen kan inte läggas på plats</translation>
    </message>
</context>
<context>
    <name>DpkLayoutRefresher</name>
    <message>
        <source>%1: the run holds no indicator '%2'</source>
        <translation>%1: körningen har ingen indikator '%2'</translation>
    </message>
    <message>
        <source>The layout '%1' cannot be refreshed: it no longer has the items with the ids 'map' and 'legend' that Data på karta fills</source>
        <translation>Layouten '%1' kan inte uppdateras: den har inte längre objekten med id 'map' och 'legend' som Data på karta fyller i</translation>
    </message>
    <message>
        <source>The layout '%1' cannot be renamed to '%2': the project has another layout of that name; rename that one first</source>
        <translation>Layouten '%1' kan inte byta namn till '%2': projektet har en annan layout med det namnet; byt namn på den först</translation>
    </message>
    <message>
        <source>The layout '%1' cannot be refreshed: the run makes no school layer of '%2'</source>
        <translation>Layouten '%1' kan inte uppdateras: körningen gör inget skollager för '%2'</translation>
    </message>
    <message>
        <source>The atlas '%1' cannot be refreshed: the run has no areas for its pages; choose an area layer for the run, or remove the atlas</source>
        <translation>Atlasen '%1' kan inte uppdateras: körningen har inga områden till dess sidor; välj ett områdeslager för körningen, eller ta bort atlasen</translation>
    </message>
</context>
<context>
    <name>DpkLayoutTemplates</name>
    <message>
        <source>%1: the layout template cannot be read: %2</source>
        <translation>%1: layoutmallen kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1, line %2: the layout template is not valid XML: %3</source>
        <translation>%1, rad %2: layoutmallen är inte giltig XML: %3</translation>
    </message>
    <message>
        <source>%1: the file is not a QGIS layout template</source>
        <translation>%1: filen är ingen layoutmall för QGIS</translation>
    </message>
    <message>
        <source>%1: the file has the name of a built-in template; rename it to offer it</source>
        <translation>%1: filen har samma namn som en inbyggd mall; byt namn på den för att erbjuda den</translation>
    </message>
    <message>
        <source>%1: a template of the same name comes first: %2</source>
        <translation>%1: en mall med samma namn kommer först: %2</translation>
    </message>
    <message>
        <source>%1: no layout template file there</source>
        <translation>%1: där finns ingen layoutmall</translation>
    </message>
    <message>
        <source>'%1' is not a layout template: expected one of %2 (built-in, or .qpt files in %3) or the path of a .qpt file</source>
        <translation>'%1' är ingen layoutmall: förväntade en av %2 (inbyggda, eller .qpt-filer i %3) eller sökvägen till en .qpt-fil</translation>
    </message>
    <message>
        <source>no folder</source>
        <translation>ingen mapp</translation>
    </message>
    <message>
        <source>%1: the layout template has no item with the id %2, which Data på karta fills in</source>
        <translation>%1: layoutmallen har inget objekt med id %2, som Data på karta fyller i</translation>
    </message>
    <message>
        <source>%1: the layout template makes no atlas: it has no item with the id %2</source>
        <translation>%1: layoutmallen kan inte bli någon atlas: den har inget objekt med id %2</translation>
    </message>
    <message>
        <source>%1: the item '%2' of the layout template is not of the kind its id says</source>
        <translation>%1: objektet '%2' i layoutmallen är inte av den sort som dess id säger</translation>
    </message>
    <message>
        <source>%1: the item '%2' of the layout template is not a label</source>
        <translation>%1: objektet '%2' i layoutmallen är ingen etikett</translation>
    </message>
</context>
<context>
    <name>DpkMakeSheetAlgorithm</name>
    <message>
        <source>Make map sheet</source>
        <translation>Gör kartblad</translation>
    </message>
    <message>
        <source>layout,pdf,print,sheet,atlas,report</source>
        <translation>layout,pdf,utskrift,kartblad,atlas,rapport</translation>
    </message>
    <message>
        <source>Makes a PDF map sheet of one indicator for a committee report: title, map of the schools (and areas), legend, source line and a note on suppressed figures, from a built-in template or an organisation's .qpt template.

With Atlas, the PDF has one page per area with the area's figure and its basis; it needs the area layer.

The layers are shown as they are styled (see Style results); the school year and municipality come from the school layer's fields.</source>
        <translation>Gör ett kartblad i PDF för en indikator till en nämndrapport: rubrik, karta över skolorna (och områdena), teckenförklaring, källrad och en not om dolda värden, från en inbyggd mall eller organisationens .qpt-mall.

Med Atlas får PDF-filen en sida per område med områdets värde och underlag; det kräver områdeslagret.

Lagren visas som de är symboliserade (se Symbolisera resultat); läsår och kommun hämtas från skollagrets fält.</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Skolor</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Områden</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <source>Organisation's template (instead of the built-in one)</source>
        <translation>Organisationens mall (i stället för den inbyggda)</translation>
    </message>
    <message>
        <source>Atlas: one page per area</source>
        <translation>Atlas: en sida per område</translation>
    </message>
    <message>
        <source>Map sheet</source>
        <translation>Kartblad</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <source>%1: an atlas needs the area layer; expected the parameter %2</source>
        <translation>%1: en atlas kräver områdeslagret; väntade parametern %2</translation>
    </message>
    <message>
        <source>%1: no indicator chosen</source>
        <translation>%1: ingen indikator vald</translation>
    </message>
    <message>
        <source>Source named on the sheet</source>
        <translation>Källa som anges på kartbladet</translation>
    </message>
</context>
<context>
    <name>DpkMapBuilder</name>
    <message>
        <source>unknown indicator '%1'; the catalogue has %2</source>
        <translation>okänd indikator '%1'; katalogen har %2</translation>
    </message>
    <message>
        <source>%1: the area layer cannot be opened; expected a polygon file that GDAL reads</source>
        <translation>%1: områdeslagret kan inte öppnas; väntade en polygonfil som GDAL kan läsa</translation>
    </message>
    <message>
        <source>the build was cancelled</source>
        <translation>körningen avbröts</translation>
    </message>
    <message>
        <source>%1: the results were not read completely</source>
        <translation>%1: resultaten lästes inte fullständigt</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, rad %2: %3</translation>
    </message>
    <message>
        <source>%1: no school of the municipality %2</source>
        <translation>%1: ingen skola i kommunen %2</translation>
    </message>
    <message>
        <source>%1: no figure for the school year %2; the source has %3</source>
        <translation>%1: inga värden för läsåret %2; källan har %3</translation>
    </message>
    <message>
        <source>no school of the municipality %1 could be placed</source>
        <translation>ingen skola i kommunen %1 kunde placeras</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>Alla kommuner</translation>
    </message>
    <message>
        <source>%1: not read completely: %2</source>
        <translation>%1: lästes inte fullständigt: %2</translation>
    </message>
    <message>
        <source>%1: a point layer holds school locations, not results; expected the type "skolverket-export" or "skolverket-api"</source>
        <translation>%1: ett punktlager innehåller skolornas lägen, inte resultat; typen "skolverket-export" eller "skolverket-api" förväntades</translation>
    </message>
    <message>
        <source>%1: the school layer cannot be opened; expected a point file that GDAL reads</source>
        <translation>%1: skollagret går inte att öppna; en punktfil som GDAL läser förväntades</translation>
    </message>
    <message>
        <source>%1: key 'schools.codeField': no field '%2'; the layer has %3</source>
        <translation>%1: nyckeln 'schools.codeField': fältet '%2' finns inte; lagret har %3</translation>
    </message>
    <message>
        <source>schools: a statistics export holds no school locations; expected the type "skolverket-api" or "point-layer"</source>
        <translation>schools: en statistikexport innehåller inga skollägen; typen "skolverket-api" eller "point-layer" förväntades</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: key '%2': no field '%3'; the layer has the fields %4</source>
        <translation>%1: nyckeln '%2': inget fält '%3'; lagret har fälten %4</translation>
    </message>
    <message>
        <source>output: the GeoPackage %1 is also the run's input '%2'; writing it would destroy that input. Expected another output.name or output.dir</source>
        <translation>output: GeoPackagen %1 är också körningens indata '%2'; att skriva den skulle förstöra indata. Förväntade ett annat output.name eller output.dir</translation>
    </message>
    <message>
        <source>%1: no figure of the indicators %2 for any school year; expected a source that holds them</source>
        <translation>%1: inga värden för indikatorerna %2 för något läsår; förväntade en källa som innehåller dem</translation>
    </message>
</context>
<context>
    <name>DpkPeriod</name>
    <message>
        <source>'%1' is not a school year; expected a year such as 2024/25</source>
        <translation>'%1' är inget läsår; ett läsår skrivs som 2024/25</translation>
    </message>
    <message>
        <source>'%1' is not a school year: the second year must follow the first, as in 2024/25</source>
        <translation>'%1' är inget läsår: det andra året måste följa på det första, som i 2024/25</translation>
    </message>
</context>
<context>
    <name>DpkPlaceSchoolsAlgorithm</name>
    <message>
        <source>Place schools</source>
        <translation>Placera skolor</translation>
    </message>
    <message>
        <source>school,location,point,skolenhetskod,coordinates</source>
        <translation>skola,läge,punkt,skolenhetskod,koordinater</translation>
    </message>
    <message>
        <source>Puts a table of schools (the output of Read results) on the map as points.

Each school is joined by its skolenhetskod to a point of the school locations layer (for instance the administration's own register), or, when no layer is given, to its position in Skolverket's Planned Educations API for the schools' municipality. Responses are kept in the cache folder, if one is given.

Schools without a position go to the table of unplaced schools, with the reason. The figures and their statuses are carried over unchanged.</source>
        <translation>Placerar en tabell med skolor (resultatet av Läs resultat) på kartan som punkter.

Varje skola kopplas med sin skolenhetskod till en punkt i lagret med skollägen (till exempel förvaltningens eget register) eller, när inget lager anges, till sitt läge i Skolverkets API för planerade utbildningar för skolornas kommun. Svaren sparas i cachemappen om en sådan anges.

Skolor utan läge hamnar i tabellen över skolor som inte placerats, med skälet. Värdena och deras status förs över oförändrade.</translation>
    </message>
    <message>
        <source>Results (table of schools)</source>
        <translation>Resultat (tabell med skolor)</translation>
    </message>
    <message>
        <source>School locations (points); empty to use the API</source>
        <translation>Skollägen (punkter); tomt för att använda API:et</translation>
    </message>
    <message>
        <source>Skolenhetskod field of the school locations</source>
        <translation>Fält med skolenhetskod i skollägena</translation>
    </message>
    <message>
        <source>Planned Educations API (when no school locations are given)</source>
        <translation>API för planerade utbildningar (när inga skollägen anges)</translation>
    </message>
    <message>
        <source>Cache folder for the API</source>
        <translation>Cachemapp för API:et</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Skolor</translation>
    </message>
    <message>
        <source>Schools not on the map</source>
        <translation>Skolor som inte finns på kartan</translation>
    </message>
    <message>
        <source>Schools placed</source>
        <translation>Placerade skolor</translation>
    </message>
    <message>
        <source>Schools not placed</source>
        <translation>Skolor som inte placerats</translation>
    </message>
    <message>
        <source>%1: the schools' kommunkod is %2; the API is read for one municipality at a time: expected schools of one municipality, or a layer of school locations</source>
        <translation>%1: skolornas kommunkod är %2; API:et läses för en kommun i taget: väntade skolor i en kommun, eller ett lager med skollägen</translation>
    </message>
    <message>
        <source>Reading the school units of %1 from %2</source>
        <translation>Läser skolenheterna i %1 från %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no school could be placed; %2 has none of their skolenhetskoder</source>
        <translation>%1: ingen skola kunde placeras; %2 har ingen av deras skolenhetskoder</translation>
    </message>
    <message>
        <source>Not placed: %1 %2: %3</source>
        <translation>Inte placerad: %1 %2: %3</translation>
    </message>
</context>
<context>
    <name>DpkPlugin</name>
    <message>
        <source>Data på karta</source>
        <translation>Data på karta</translation>
    </message>
    <message>
        <source>Show or hide the Data på karta panel</source>
        <translation>Visa eller dölj panelen Data på karta</translation>
    </message>
    <message>
        <source>Data på karta settings…</source>
        <translation>Inställningar för Data på karta…</translation>
    </message>
    <message>
        <source>The organisation's catalogue, layout templates and logo, and the project template</source>
        <translation>Organisationens katalog, layoutmallar och logotyp, och projektmallen</translation>
    </message>
    <message>
        <source>Data på karta settings</source>
        <translation>Inställningar för Data på karta</translation>
    </message>
</context>
<context>
    <name>DpkPointLocationReader</name>
    <message>
        <source>%1: the school layer is not a point layer; expected one point per school</source>
        <translation>%1: skollagret är inte ett punktlager; en punkt per skola förväntades</translation>
    </message>
    <message>
        <source>%1: no field '%2' for the skolenhetskod; the layer has %3</source>
        <translation>%1: inget fält '%2' för skolenhetskoden; lagret har %3</translation>
    </message>
    <message>
        <source>feature %1: the field '%2' is empty; expected a skolenhetskod</source>
        <translation>objekt %1: fältet '%2' är tomt; en skolenhetskod förväntades</translation>
    </message>
    <message>
        <source>%1: reading was cancelled</source>
        <translation>%1: läsningen avbröts</translation>
    </message>
</context>
<context>
    <name>DpkProcessingAlgorithm</name>
    <message>
        <source>School results</source>
        <translation>Skolresultat</translation>
    </message>
    <message>
        <source>%1: unknown indicator '%2'; expected one of %3</source>
        <translation>%1: okänd indikator '%2'; väntade en av %3</translation>
    </message>
    <message>
        <source>cancelled: no output was written</source>
        <translation>avbrutet: inget resultat skrevs</translation>
    </message>
    <message>
        <source>The indicator catalogue cannot be loaded, so its minimum groups are unknown and nothing was run: %1</source>
        <translation>Indikatorkatalogen kan inte läsas in, så dess minsta grupper är okända och ingenting kördes: %1</translation>
    </message>
    <message>
        <source>The privacy rule is applied again to the layers given: a layer with a number beside a status other than 'exists' or 'approximate', or resting on fewer pupils than the indicator's minimum group, is refused, naming the feature.</source>
        <translation>Sekretessregeln tillämpas på nytt på de angivna lagren: ett lager med ett tal bredvid en annan status än 'exists' eller 'approximate', eller som bygger på färre elever än indikatorns minsta grupp, avvisas och objektet anges.</translation>
    </message>
</context>
<context>
    <name>DpkProcessingProvider</name>
    <message>
        <source>Data på karta</source>
        <translation>Data på karta</translation>
    </message>
    <message>
        <source>Data på karta: school results on maps</source>
        <translation>Data på karta: skolresultat på kartor</translation>
    </message>
</context>
<context>
    <name>DpkProgressPrinter</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>DpkProjectTemplate</name>
    <message>
        <source>Data på karta</source>
        <translation>Data på karta</translation>
    </message>
    <message>
        <source>A project for maps of school results made with Data på karta: fill in the panel's form and press Make map.</source>
        <translation>Ett projekt för kartor över skolresultat gjorda med Data på karta: fyll i panelens formulär och tryck på Gör karta.</translation>
    </message>
    <message>
        <source>the indicator '%1' of the project template is not in the catalogue</source>
        <translation>projektmallens indikator '%1' finns inte i katalogen</translation>
    </message>
    <message>
        <source>%1 – map sheet</source>
        <translation>%1 – kartblad</translation>
    </message>
    <message>
        <source>%1: the municipality and school year come with Make map</source>
        <translation>%1: kommun och läsår kommer med Gör karta</translation>
    </message>
    <message>
        <source>The layout '%1' cannot be added to the project</source>
        <translation>Layouten '%1' kan inte läggas till i projektet</translation>
    </message>
    <message>
        <source>%1: the project template cannot be written: %2</source>
        <translation>%1: projektmallen kan inte skrivas: %2</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1: mappen kan inte skapas</translation>
    </message>
    <message>
        <source>%1: the project template cannot be written</source>
        <translation>%1: projektmallen kan inte skrivas</translation>
    </message>
</context>
<context>
    <name>DpkProjectTemplateTool</name>
    <message>
        <source>Usage: dpk_make_project_template &lt;file.qgz&gt;</source>
        <translation>Användning: dpk_make_project_template &lt;fil.qgz&gt;</translation>
    </message>
</context>
<context>
    <name>DpkProjectUpdater</name>
    <message>
        <source>%1 – schools</source>
        <translation>%1 – skolor</translation>
    </message>
    <message>
        <source>%1: the layer '%2' cannot be opened</source>
        <translation>%1: lagret '%2' kan inte öppnas</translation>
    </message>
    <message>
        <source>%1 – areas</source>
        <translation>%1 – områden</translation>
    </message>
    <message>
        <source>Schools not placed</source>
        <translation>Skolor som inte placerats</translation>
    </message>
    <message>
        <source>Data på karta standard style</source>
        <translation>Data på kartas standardstil</translation>
    </message>
    <message>
        <source>%1: the style of '%2' cannot be saved: %3</source>
        <translation>%1: stilen för '%2' kan inte sparas: %3</translation>
    </message>
    <message>
        <source>Privacy: no figure resting on fewer than %1 pupils is shown; such figures are marked as suppressed.</source>
        <translation>Sekretess: inget värde som bygger på färre än %1 elever visas; sådana värden markeras som prickade.</translation>
    </message>
    <message>
        <source>Method: each area's figure is the mean of its schools' figures weighted by their pupils (%1); a share shown as ~100 enters as the midpoint of its interval and marks the figure as estimated; schools without a published figure or pupil count are left out and listed.</source>
        <translation>Metod: varje områdes värde är medelvärdet av dess skolors värden viktat med deras elever (%1); en andel som visas som ~100 räknas som mittpunkten i sitt intervall och markerar värdet som uppskattat; skolor utan publicerat värde eller elevantal räknas inte med och listas.</translation>
    </message>
    <message>
        <source>sum of counts</source>
        <translation>summa av antal</translation>
    </message>
    <message>
        <source>School year: %1.</source>
        <translation>Läsår: %1.</translation>
    </message>
    <message>
        <source>Results: %1, retrieved %2.</source>
        <translation>Resultat: %1, hämtade %2.</translation>
    </message>
    <message>
        <source>School locations: %1.</source>
        <translation>Skolornas lägen: %1.</translation>
    </message>
    <message>
        <source>Source data: Skolverket, open data. Attribute Skolverket as the source.</source>
        <translation>Källdata: Skolverket, öppna data. Ange Skolverket som källa.</translation>
    </message>
    <message>
        <source>Skolverket open data</source>
        <translation>Skolverkets öppna data</translation>
    </message>
    <message>
        <source>Made by Data på karta on %1.</source>
        <translation>Skapad av Data på karta %1.</translation>
    </message>
    <message>
        <source>Source data: %1. Attribute %1 as the source.</source>
        <translation>Källdata: %1. Ange %1 som källa.</translation>
    </message>
</context>
<context>
    <name>DpkQgisProfileInstaller</name>
    <message>
        <source>%1: no plugin module there</source>
        <translation>%1: ingen pluginmodul där</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created</source>
        <translation>%1: mappen kan inte skapas</translation>
    </message>
    <message>
        <source>%1: the module cannot be written</source>
        <translation>%1: modulen kan inte skrivas</translation>
    </message>
    <message>
        <source>%1: the QGIS settings cannot be written</source>
        <translation>%1: QGIS-inställningarna kan inte skrivas</translation>
    </message>
    <message>
        <source>%1: not a plugin module; expected the shared library libdatapakartaplugin.so from the build folder</source>
        <translation>%1: inte en pluginmodul; förväntade det delade biblioteket libdatapakartaplugin.so från byggmappen</translation>
    </message>
</context>
<context>
    <name>DpkReadResultsAlgorithm</name>
    <message>
        <source>Read results</source>
        <translation>Läs resultat</translation>
    </message>
    <message>
        <source>skolverket,export,school,results,statistics</source>
        <translation>skolverket,export,skola,resultat,statistik</translation>
    </message>
    <message>
        <source>Reads a statistics export from Skolverket's statistics portal (CSV or XLSX) into a table of schools, one row per school unit, with the chosen indicators for one school year.

Each indicator gives three fields: its number, its status and its school year. A figure based on fewer pupils than the indicator's minimum group has no number and the status 'suppressed'; Skolverket's marks are kept as statuses and never become 0. The pupil count that weights an indicator is added to the table.

The table has no geometry: connect it to Place schools.

Indicators:
%1</source>
        <translation>Läser en statistikexport från Skolverkets statistikportal (CSV eller XLSX) till en tabell med skolor, en rad per skolenhet, med de valda indikatorerna för ett läsår.

Varje indikator ger tre fält: sitt tal, sin status och sitt läsår. Ett värde som bygger på färre elever än indikatorns minsta grupp saknar tal och har statusen 'suppressed'; Skolverkets prickar behålls som status och blir aldrig 0. Elevantalet som viktar en indikator läggs till i tabellen.

Tabellen saknar geometri: koppla den till Placera skolor.

Indikatorer:
%1</translation>
    </message>
    <message>
        <source>Skolverket statistics export</source>
        <translation>Statistikexport från Skolverket</translation>
    </message>
    <message>
        <source>Skolverket export (*.csv *.xlsx *.CSV *.XLSX)</source>
        <translation>Export från Skolverket (*.csv *.xlsx *.CSV *.XLSX)</translation>
    </message>
    <message>
        <source>Municipality code (kommunkod, e.g. 0180); empty for every school</source>
        <translation>Kommunkod (t.ex. 0180); tomt för alla skolor</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>School year (e.g. 2024/25); empty for the export's own</source>
        <translation>Läsår (t.ex. 2024/25); tomt för exportens eget</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Schools read</source>
        <translation>Lästa skolor</translation>
    </message>
    <message>
        <source>%1: no indicator chosen; expected at least one of %2</source>
        <translation>%1: ingen indikator vald; väntade minst en av %2</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Läser %1</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, rad %2: %3</translation>
    </message>
    <message>
        <source>%1: no school of the municipality %2; expected a kommunkod such as 0180</source>
        <translation>%1: ingen skola i kommunen %2; väntade en kommunkod som 0180</translation>
    </message>
    <message>
        <source>%1: the export names no school year; expected the parameter %2, e.g. 2024/25</source>
        <translation>%1: exporten anger inget läsår; väntade parametern %2, t.ex. 2024/25</translation>
    </message>
    <message>
        <source>%1 schools, school year %2</source>
        <translation>%1 skolor, läsår %2</translation>
    </message>
    <message>
        <source>%1: the export holds the school year %2, not %3; expected the parameter %4 empty or %2</source>
        <translation>%1: exportfilen innehåller läsåret %2, inte %3; parametern %4 förväntades vara tom eller %2</translation>
    </message>
</context>
<context>
    <name>DpkRefreshCommand</name>
    <message>
        <source>datapakarta refresh: expected the QGIS project to refresh; see datapakarta refresh --help</source>
        <translation>datapakarta refresh: väntade QGIS-projektet som ska uppdateras; se datapakarta refresh --help</translation>
    </message>
    <message>
        <source>datapakarta refresh: %1: no such project file</source>
        <translation>datapakarta refresh: %1: projektfilen finns inte</translation>
    </message>
    <message>
        <source>datapakarta refresh: %1: the project cannot be read: %2</source>
        <translation>datapakarta refresh: %1: projektet kan inte läsas: %2</translation>
    </message>
    <message>
        <source>datapakarta refresh: %1</source>
        <translation>datapakarta refresh: %1</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>School year: %1</source>
        <translation>Läsår: %1</translation>
    </message>
    <message>
        <source>Layers replaced: %1</source>
        <translation>Ersatta lager: %1</translation>
    </message>
    <message>
        <source>Layouts and files remade: %1</source>
        <translation>Omgjorda layouter och filer: %1</translation>
    </message>
    <message>
        <source>%1: the project holds no run of Data på karta; make one with datapakarta build or the panel</source>
        <translation>%1: projektet innehåller ingen körning av Data på karta; gör en med datapakarta build eller panelen</translation>
    </message>
    <message>
        <source>--period: expected a school year such as "2025/26", found "%1"</source>
        <translation>--period: väntade ett läsår som "2025/26", fann "%1"</translation>
    </message>
    <message>
        <source>building the layers</source>
        <translation>bygger lagren</translation>
    </message>
    <message>
        <source>refreshing the layouts</source>
        <translation>uppdaterar layouterna</translation>
    </message>
    <message>
        <source>writing the project</source>
        <translation>skriver projektet</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klart</translation>
    </message>
    <message>
        <source>layout not refreshed: %1</source>
        <translation>layouten uppdaterades inte: %1</translation>
    </message>
    <message>
        <source>Usage: datapakarta refresh &lt;project.qgz&gt; [--period &lt;school year&gt;] [--pdf]
                           [--quiet] [--json] [--catalogue &lt;file&gt;]

Repeats the run stored in a QGIS project made by datapakarta build or the panel:
rebuilds its GeoPackage, replaces the plugin's layers and refills the plugin's
layouts in place (titles, source lines, figures, atlas), keeping what you added
to them. Your own layers and layouts stay as they are. Relative paths in the
stored run are taken from the project's folder. The project is written back only
when everything succeeded.

  --period     the school year to map, such as 2025/26; by default the stored one
  --pdf        also export the refreshed layouts to PDF into the run's output folder
  --quiet      print no progress on the error stream
  --json       print the summary as one JSON object (files written, counts,
               warnings, exit status) and nothing else on the output stream
  --catalogue  an organisation's indicator catalogue on top of the built-in one

Exit codes: 0 success, 1 the output could not be written, 2 bad project, period or
input, 3 source unavailable.
</source>
        <translation>Användning: datapakarta refresh &lt;project.qgz&gt; [--period &lt;läsår&gt;] [--pdf]
                           [--quiet] [--json] [--catalogue &lt;fil&gt;]

Upprepar körningen som är sparad i ett QGIS-projekt gjort med datapakarta build eller
panelen: bygger om dess GeoPackage, ersätter pluginens lager och fyller i pluginens
layouter på plats (rubriker, källrader, värden, atlas) och behåller det du lagt till i
dem. Dina egna lager och layouter lämnas som de är. Relativa sökvägar i den sparade
körningen utgår från projektets mapp. Projektet skrivs tillbaka bara när allt lyckades.

  --period     läsåret att kartlägga, till exempel 2025/26; som standard det sparade
  --pdf        exportera också de uppdaterade layouterna till PDF i körningens utmapp
  --quiet      skriv inget förlopp på felströmmen
  --json       skriv sammanfattningen som ett enda JSON-objekt (skrivna filer, antal,
               varningar, slutstatus) och inget annat på utströmmen
  --catalogue  en organisations indikatorkatalog ovanpå den inbyggda

Slutkoder: 0 lyckades, 1 resultatet kunde inte skrivas, 2 felaktigt projekt, läsår
eller indata, 3 källan går inte att nå.
</translation>
    </message>
    <message>
        <source>datapakarta refresh: interrupted; earlier files are kept</source>
        <translation>datapakarta refresh: avbruten; tidigare filer finns kvar</translation>
    </message>
</context>
<context>
    <name>DpkRunConfig</name>
    <message>
        <source>a text</source>
        <translation>en text</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>a non-empty text</source>
        <translation>en text som inte är tom</translation>
    </message>
    <message>
        <source>a list of indicator ids</source>
        <translation>en lista med indikator-id</translation>
    </message>
    <message>
        <source>a non-empty list of indicator ids</source>
        <translation>en lista med minst ett indikator-id</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ett objekt</translation>
    </message>
    <message>
        <source>key '%1': expected %2, found %3</source>
        <translation>nyckeln '%1': väntade %2, fann %3</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en lista</translation>
    </message>
    <message>
        <source>the document is not a JSON object</source>
        <translation>dokumentet är inget JSON-objekt</translation>
    </message>
    <message>
        <source>a kommunkod of 4 digits such as "0180"</source>
        <translation>en kommunkod med 4 siffror som "0180"</translation>
    </message>
    <message>
        <source>a school year such as "2024/25"</source>
        <translation>ett läsår som "2024/25"</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>a file name without folders, such as "stockholm-2024-25"</source>
        <translation>ett filnamn utan mappar, som "stockholm-2024-25"</translation>
    </message>
    <message>
        <source>the name of a built-in or organisation layout template, or the path of a .qpt file</source>
        <translation>namnet på en inbyggd layoutmall eller en av organisationens, eller sökvägen till en .qpt-fil</translation>
    </message>
    <message>
        <source>a list of different indicator ids</source>
        <translation>en lista med olika indikator-id:n</translation>
    </message>
    <message>
        <source>"%1" twice</source>
        <translation>"%1" två gånger</translation>
    </message>
    <message>
        <source>an empty list</source>
        <translation>en tom lista</translation>
    </message>
    <message>
        <source>%1:%2: not a run configuration: %3</source>
        <translation>%1:%2: inte en körkonfiguration: %3</translation>
    </message>
</context>
<context>
    <name>DpkRunForm</name>
    <message>
        <source>What to map</source>
        <translation>Vad som ska visas</translation>
    </message>
    <message>
        <source>kommunkod, e.g. 0180</source>
        <translation>kommunkod, t.ex. 0180</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>The school years found in the export, or one typed such as 2024/25; "latest" takes the latest year with figures.</source>
        <translation>Läsåren som finns i exporten, eller ett inskrivet som t.ex. 2024/25; "senaste" tar det senaste året med värden.</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Läsår</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatorer</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Utdata</translation>
    </message>
    <message>
        <source>GeoPackage (*.gpkg)</source>
        <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
        <source>GeoPackage for the map's layers</source>
        <translation>GeoPackage för kartans lager</translation>
    </message>
    <message>
        <source>GeoPackage</source>
        <translation>GeoPackage</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Skolverket export file</source>
        <translation>Exportfil från Skolverket</translation>
    </message>
    <message>
        <source>Skolverket API</source>
        <translation>Skolverkets API</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Skolverket exports (*.csv *.xlsx);;All files (*)</source>
        <translation>Exporter från Skolverket (*.csv *.xlsx);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Skolverket statistics export</source>
        <translation>Statistikexport från Skolverket</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Cache folder</source>
        <translation>Cachemapp</translation>
    </message>
    <message>
        <source>School locations (Skolverket API)</source>
        <translation>Skollägen (Skolverkets API)</translation>
    </message>
    <message>
        <source>Same as the results</source>
        <translation>Samma som resultaten</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Områden</translation>
    </message>
    <message>
        <source>none (schools only)</source>
        <translation>inget (endast skolor)</translation>
    </message>
    <message>
        <source>Area layer</source>
        <translation>Områdeslager</translation>
    </message>
    <message>
        <source>Code field</source>
        <translation>Kodfält</translation>
    </message>
    <message>
        <source>Empty: the code names the area.</source>
        <translation>Tomt: koden får namnge området.</translation>
    </message>
    <message>
        <source>Name field</source>
        <translation>Namnfält</translation>
    </message>
    <message>
        <source>Reading the school years of the export…</source>
        <translation>Läser exportens läsår…</translation>
    </message>
    <message>
        <source>The school years of the export could not be read: %1</source>
        <translation>Exportens läsår kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>asked for when the map is made (the project is not saved)</source>
        <translation>frågas efter när kartan görs (projektet är inte sparat)</translation>
    </message>
    <message>
        <source>School year: "%1" is not a school year such as 2024/25.</source>
        <translation>Läsår: "%1" är inget läsår som t.ex. 2024/25.</translation>
    </message>
    <message>
        <source>Results: choose the Skolverket export file.</source>
        <translation>Resultat: välj exportfilen från Skolverket.</translation>
    </message>
    <message>
        <source>Results: the export file %1 does not exist.</source>
        <translation>Resultat: exportfilen %1 finns inte.</translation>
    </message>
    <message>
        <source>Results: enter the address of Skolverket's API, e.g. %1.</source>
        <translation>Resultat: ange adressen till Skolverkets API, t.ex. %1.</translation>
    </message>
    <message>
        <source>School locations: enter the address of Skolverket's API, e.g. %1.</source>
        <translation>Skollägen: ange adressen till Skolverkets API, t.ex. %1.</translation>
    </message>
    <message>
        <source>Municipality: enter its kommunkod of 4 digits, e.g. 0180 for Stockholm.</source>
        <translation>Kommun: ange dess kommunkod med 4 siffror, t.ex. 0180 för Stockholm.</translation>
    </message>
    <message>
        <source>Indicators: tick at least one indicator.</source>
        <translation>Indikatorer: kryssa i minst en indikator.</translation>
    </message>
    <message>
        <source>Areas: choose the field that holds each area's code.</source>
        <translation>Områden: välj fältet som innehåller varje områdes kod.</translation>
    </message>
    <message>
        <source>GeoPackage: choose the file the layers are written to (the project is not saved, so there is no folder beside it).</source>
        <translation>GeoPackage: välj filen som lagren skrivs till (projektet är inte sparat, så det finns ingen mapp bredvid det).</translation>
    </message>
    <message>
        <source>The area file %1 of the stored run is not a layer of this project: Update still reads it from the file; add it to the project to choose it here.</source>
        <translation>Områdesfilen %1 i den sparade körningen är inget lager i detta projekt: Uppdatera läser den fortfarande från filen; lägg till den i projektet för att kunna välja den här.</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>senaste</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autentisering</translation>
    </message>
    <message>
        <source>Results: the authentication configuration "%1" of the stored run is not in QGIS's authentication database; create it under Settings → Options → Authentication, or choose another one.</source>
        <translation>Resultat: den sparade körningens autentiseringskonfiguration "%1" finns inte i QGIS autentiseringsdatabas; skapa den under Inställningar → Alternativ → Autentisering, eller välj en annan.</translation>
    </message>
    <message>
        <source>School locations: the authentication configuration "%1" of the stored run is not in QGIS's authentication database; create it under Settings → Options → Authentication, or choose another one.</source>
        <translation>Skollägen: den sparade körningens autentiseringskonfiguration "%1" finns inte i QGIS autentiseringsdatabas; skapa den under Inställningar → Alternativ → Autentisering, eller välj en annan.</translation>
    </message>
</context>
<context>
    <name>DpkRunPanel</name>
    <message>
        <source>Make map</source>
        <translation>Gör karta</translation>
    </message>
    <message>
        <source>Read the data, make the layers and add them to the project</source>
        <translation>Läs in data, gör lagren och lägg till dem i projektet</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Make the project's map again from its stored run, for the school year chosen above</source>
        <translation>Gör projektets karta igen utifrån den sparade körningen, för läsåret som valts ovan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>The summary of the last run appears here.</source>
        <translation>Sammanfattningen av den senaste körningen visas här.</translation>
    </message>
    <message>
        <source>The map was not made: no folder was chosen for its GeoPackage.</source>
        <translation>Kartan gjordes inte: ingen mapp valdes för dess GeoPackage.</translation>
    </message>
    <message>
        <source>The map cannot be made yet:
%1</source>
        <translation>Kartan kan inte göras ännu:
%1</translation>
    </message>
    <message>
        <source>This project holds no map to update; make one first.</source>
        <translation>Projektet har ingen karta att uppdatera; gör en först.</translation>
    </message>
    <message>
        <source>The map cannot be updated yet:
%1</source>
        <translation>Kartan kan inte uppdateras ännu:
%1</translation>
    </message>
    <message>
        <source>The map could not be made: the indicator catalogue could not be loaded.</source>
        <translation>Kartan kunde inte göras: indikatorkatalogen kunde inte läsas in.</translation>
    </message>
    <message>
        <source>Data på karta: making the map of %1</source>
        <translation>Data på karta: gör kartan över %1</translation>
    </message>
    <message>
        <source>Making the map…</source>
        <translation>Gör kartan…</translation>
    </message>
    <message>
        <source>The map was made, but its layers could not be added to the project.</source>
        <translation>Kartan gjordes, men dess lager kunde inte läggas till i projektet.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Klart.</translation>
    </message>
    <message>
        <source>Data på karta</source>
        <translation>Data på karta</translation>
    </message>
    <message>
        <source>The map could not be made: %1</source>
        <translation>Kartan kunde inte göras: %1</translation>
    </message>
    <message>
        <source>Run configuration: %1</source>
        <translation>Körningens inställningar: %1</translation>
    </message>
    <message>
        <source>The project is not saved: choose a folder for the map's GeoPackage</source>
        <translation>Projektet är inte sparat: välj en mapp för kartans GeoPackage</translation>
    </message>
    <message>
        <source>The page size and layout of the map sheets</source>
        <translation>Kartbladens pappersstorlek och layout</translation>
    </message>
    <message>
        <source>Atlas per area</source>
        <translation>Atlas per område</translation>
    </message>
    <message>
        <source>Also make an atlas per indicator with one page per area</source>
        <translation>Gör också en atlas per indikator med en sida per område</translation>
    </message>
    <message>
        <source>Make map sheets</source>
        <translation>Gör kartblad</translation>
    </message>
    <message>
        <source>Add a print layout per indicator of the map just made to the project's layouts</source>
        <translation>Lägg till en utskriftslayout per indikator i den nyss gjorda kartan till projektets layouter</translation>
    </message>
    <message>
        <source>The map sheets could not be made: %1</source>
        <translation>Kartbladen kunde inte göras: %1</translation>
    </message>
    <message>
        <source>Map sheets in the project's layouts:
%1</source>
        <translation>Kartblad i projektets layouter:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n map sheet(s) added to the project's layouts.</source>
        <translation>
            <numerusform>%n kartblad har lagts till i projektets layouter.</numerusform>
            <numerusform>%n kartblad har lagts till i projektets layouter.</numerusform>
        </translation>
    </message>
    <message>
        <source>No data at hand?</source>
        <translation>Inga data till hands?</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>Prova med demodata</translation>
    </message>
    <message>
        <source>Make the map and map sheets of an invented municipality, Demoköping, from built-in demo data, without a network</source>
        <translation>Gör kartan och kartbladen för en påhittad kommun, Demoköping, av inbyggda demodata, utan nätverk</translation>
    </message>
    <message>
        <source>Also PNG</source>
        <translation>Även PNG</translation>
    </message>
    <message>
        <source>Also write a PNG image of each map sheet that is not an atlas</source>
        <translation>Skriv även en PNG-bild av varje kartblad som inte är en atlas</translation>
    </message>
    <message>
        <source>Export map sheets…</source>
        <translation>Exportera kartblad…</translation>
    </message>
    <message>
        <source>Write each map sheet and atlas of the project to a PDF with its title, author and subject, in a folder you choose</source>
        <translation>Skriv varje kartblad och atlas i projektet till en PDF med titel, författare och ämne, i en mapp som du väljer</translation>
    </message>
    <message>
        <source>The map was made, but its map sheets could not be brought up to date: %1</source>
        <translation>Kartan gjordes, men dess kartblad kunde inte uppdateras: %1</translation>
    </message>
    <message>
        <source>Map sheets brought up to date:
%1</source>
        <translation>Uppdaterade kartblad:
%1</translation>
    </message>
    <message>
        <source>Map sheet left as it was: %1</source>
        <translation>Kartblad som lämnades som det var: %1</translation>
    </message>
    <message>
        <source>Open in the layout designer</source>
        <translation>Öppna i layoutdesignern</translation>
    </message>
    <message>
        <source>Choose the folder for the map sheets' PDF files</source>
        <translation>Välj mapp för kartbladens PDF-filer</translation>
    </message>
    <message>
        <source>The map sheets cannot be exported while a map is being made or exported.</source>
        <translation>Kartbladen kan inte exporteras medan en karta görs eller exporteras.</translation>
    </message>
    <message>
        <source>The project holds no map sheets of Data på karta to export; make them first.</source>
        <translation>Projektet har inga kartblad från Data på karta att exportera; gör dem först.</translation>
    </message>
    <message>
        <source>%1: the folder for the map sheets cannot be created</source>
        <translation>%1: mappen för kartbladen kan inte skapas</translation>
    </message>
    <message>
        <source>Exporting the map sheets…</source>
        <translation>Exporterar kartbladen…</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>exporten avbröts</translation>
    </message>
    <message>
        <source>a map sheet was removed during the export</source>
        <translation>ett kartblad togs bort under exporten</translation>
    </message>
    <message>
        <source>The export of the map sheets was cancelled; the files not yet written were left as they were.</source>
        <translation>Exporten av kartbladen avbröts; filerna som ännu inte skrivits lämnades som de var.</translation>
    </message>
    <message>
        <source>The map sheets could not be exported: %1</source>
        <translation>Kartbladen kunde inte exporteras: %1</translation>
    </message>
    <message>
        <source>Map sheets exported:
%1</source>
        <translation>Exporterade kartblad:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1.</source>
        <translation>
            <numerusform>%n fil(er) skrivna till %1.</numerusform>
            <numerusform>%n fil(er) skrivna till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the run configuration cannot be read: %2</source>
        <translation>%1: körkonfigurationen kan inte läsas: %2</translation>
    </message>
    <message>
        <source>The demo could not be prepared: %1</source>
        <translation>Demot kunde inte förberedas: %1</translation>
    </message>
    <message>
        <source>Demoköping areas</source>
        <translation>Demoköpings områden</translation>
    </message>
    <message>
        <source>Making the demo map of Demoköping in %1…</source>
        <translation>Gör demokartan över Demoköping i %1…</translation>
    </message>
    <message>
        <source>The map was not made: %1</source>
        <translation>Kartan gjordes inte: %1</translation>
    </message>
    <message>
        <source>The map was not put into the project, whose layers, map sheets and GeoPackage stay as they were: %1</source>
        <translation>Kartan lades inte in i projektet, vars lager, kartblad och GeoPackage förblir som de var: %1</translation>
    </message>
    <message>
        <source>The map sheets '%1' and '%2' would both be written to %3; rename one of them</source>
        <translation>Kartbladen '%1' och '%2' skulle båda skrivas till %3; byt namn på ett av dem</translation>
    </message>
    <message>
        <source>The demo was not started: it opens in a new project, and this one holds your work. Start a new project first.</source>
        <translation>Demon startades inte: den öppnas i ett nytt projekt, och det här projektet innehåller ditt arbete. Börja ett nytt projekt först.</translation>
    </message>
    <message>
        <source>The demo was not started: the current project stays open.</source>
        <translation>Demon startades inte: det aktuella projektet förblir öppet.</translation>
    </message>
</context>
<context>
    <name>DpkRunSummary</name>
    <message>
        <source>%1 areas.</source>
        <translation>%1 områden.</translation>
    </message>
    <message>
        <source>Every school was placed.</source>
        <translation>Alla skolor placerades.</translation>
    </message>
    <message>
        <source>Suppressed figures (fewer pupils than the indicator's minimum group):</source>
        <translation>Prickade värden (färre elever än indikatorns minsta grupp):</translation>
    </message>
    <message>
        <source>  %1: %2 schools</source>
        <translation>  %1: %2 skolor</translation>
    </message>
    <message>
        <source>  %1: %2 schools, %3 areas</source>
        <translation>  %1: %2 skolor, %3 områden</translation>
    </message>
    <message>
        <source>Notes from reading the sources: %1 (details in the message log).</source>
        <translation>Anmärkningar från läsningen av källorna: %1 (detaljer i meddelandeloggen).</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Skrivet till %1</translation>
    </message>
    <message>
        <source>The map of %1 is ready: %2 of %3 schools on the map, %4 listed as not on the map or outside every area.</source>
        <translation>Kartan över %1 är klar: %2 av %3 skolor på kartan, %4 listade som inte på kartan eller utanför alla områden.</translation>
    </message>
    <message>
        <source>%1 of the municipality's %2 schools on the map.</source>
        <translation>%1 av kommunens %2 skolor på kartan.</translation>
    </message>
    <message>
        <source>Not on the map or outside every area: %1</source>
        <translation>Inte på kartan eller utanför alla områden: %1</translation>
    </message>
</context>
<context>
    <name>DpkSchoolFeatureReader</name>
    <message>
        <source>%1: no field '%2'; expected a table of schools such as the output of Read results; the layer has %3</source>
        <translation>%1: inget fält '%2'; väntade en tabell med skolor, som resultatet av Läs resultat; lagret har %3</translation>
    </message>
    <message>
        <source>%1: no indicator of the catalogue; expected for each indicator a field of its number, its status and its school year, such as meritvarde, meritvarde_status and meritvarde_period</source>
        <translation>%1: ingen indikator ur katalogen; väntade för varje indikator ett fält för talet, statusen och läsåret, som meritvarde, meritvarde_status och meritvarde_period</translation>
    </message>
    <message>
        <source>%1: reading was cancelled</source>
        <translation>%1: läsningen avbröts</translation>
    </message>
    <message>
        <source>%1, feature %2: the field '%3' is empty; expected a skolenhetskod</source>
        <translation>%1, objekt %2: fältet '%3' är tomt; en skolenhetskod förväntades</translation>
    </message>
    <message>
        <source>%1, feature %2, field '%3': %4</source>
        <translation>%1, objekt %2, fält '%3': %4</translation>
    </message>
    <message>
        <source>%1, feature %2, field '%3': the school year %4; expected one school year for the whole table, %5</source>
        <translation>%1, objekt %2, fält '%3': läsåret %4; väntade ett läsår för hela tabellen, %5</translation>
    </message>
    <message>
        <source>%1, feature %2, field '%3': the status '%4'; expected one of %5</source>
        <translation>%1, objekt %2, fält '%3': statusen '%4'; väntade en av %5</translation>
    </message>
    <message>
        <source>%1, feature %2, field '%3': '%4'; expected a number, as the status '%5' says</source>
        <translation>%1, objekt %2, fält '%3': '%4'; väntade ett tal, som statusen '%5' säger</translation>
    </message>
</context>
<context>
    <name>DpkSchoolPlacer</name>
    <message>
        <source>not found in the location source</source>
        <translation>finns inte i källan för skollägen</translation>
    </message>
    <message>
        <source>no coordinates in the location source</source>
        <translation>saknar koordinater i källan för skollägen</translation>
    </message>
    <message>
        <source>outside every area</source>
        <translation>utanför alla områden</translation>
    </message>
    <message>
        <source>the coordinate system '%1' of the location source is unknown</source>
        <translation>lägeskällans koordinatsystem '%1' är okänt</translation>
    </message>
    <message>
        <source>the position cannot be converted to the map's coordinate system: %1</source>
        <translation>läget kan inte räknas om till kartans koordinatsystem: %1</translation>
    </message>
</context>
<context>
    <name>DpkSettingsWidget</name>
    <message>
        <source>The organisation's own files</source>
        <translation>Organisationens egna filer</translation>
    </message>
    <message>
        <source>Indicator catalogues (*.json)</source>
        <translation>Indikatorkataloger (*.json)</translation>
    </message>
    <message>
        <source>The organisation's own indicators, read on top of the standard ones</source>
        <translation>Organisationens egna indikatorer, som läses ovanpå standardindikatorerna</translation>
    </message>
    <message>
        <source>Indicator catalogue</source>
        <translation>Indikatorkatalog</translation>
    </message>
    <message>
        <source>A folder of layout templates (.qpt) offered beside the built-in ones, besides QGIS's own template folders</source>
        <translation>En mapp med layoutmallar (.qpt) som erbjuds bredvid de inbyggda, utöver QGIS egna mallmappar</translation>
    </message>
    <message>
        <source>Layout templates</source>
        <translation>Layoutmallar</translation>
    </message>
    <message>
        <source>Images (*.svg *.png *.jpg)</source>
        <translation>Bilder (*.svg *.png *.jpg)</translation>
    </message>
    <message>
        <source>Logo on map sheets</source>
        <translation>Logotyp på kartbladen</translation>
    </message>
    <message>
        <source>Layout templates for map sheets</source>
        <translation>Layoutmallar för kartblad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Användbar</translation>
    </message>
    <message>
        <source>Project template</source>
        <translation>Projektmall</translation>
    </message>
    <message>
        <source>A QGIS project with the plugin's group, a map sheet per standard indicator and a run to complete in the panel. Once installed, Project → New from Template offers it.</source>
        <translation>Ett QGIS-projekt med pluginens grupp, ett kartblad per standardindikator och en körning att fylla i i panelen. När den är installerad erbjuds den under Projekt → Nytt från mall.</translation>
    </message>
    <message>
        <source>Install the project template</source>
        <translation>Installera projektmallen</translation>
    </message>
    <message>
        <source>Copies the template into %1</source>
        <translation>Kopierar mallen till %1</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>inbyggd</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisationens</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>sheet and atlas</source>
        <translation>kartblad och atlas</translation>
    </message>
    <message>
        <source>sheet only</source>
        <translation>bara kartblad</translation>
    </message>
    <message>
        <source>Data på karta</source>
        <translation>Data på karta</translation>
    </message>
    <message>
        <source>The project template is installed as %1: Project → New from Template offers it.</source>
        <translation>Projektmallen är installerad som %1: Projekt → Nytt från mall erbjuder den.</translation>
    </message>
    <message>
        <source>The project template could not be installed: %1</source>
        <translation>Projektmallen kunde inte installeras: %1</translation>
    </message>
</context>
<context>
    <name>DpkShownFigureCheck</name>
    <message>
        <source>%1: no field '%2'; expected a layer made by Place schools or Aggregate to areas with the indicator's number and its status; the layer has %3</source>
        <translation>%1: inget fält '%2'; ett lager från Placera skolor eller Sammanställ per område med indikatorns värde och dess status förväntades; lagret har %3</translation>
    </message>
    <message>
        <source>%1: checking the figures was cancelled</source>
        <translation>%1: kontrollen av värdena avbröts</translation>
    </message>
    <message>
        <source>%1, feature %2, field '%3'</source>
        <translation>%1, objekt %2, fält '%3'</translation>
    </message>
    <message>
        <source>%1: '%2'; expected a number or nothing</source>
        <translation>%1: '%2'; ett tal eller inget värde förväntades</translation>
    </message>
    <message>
        <source>%1: the number %2 beside the status '%3' in the field '%4'; a number may be shown only with the status 'exists' or 'approximate'</source>
        <translation>%1: talet %2 står bredvid statusen '%3' i fältet '%4'; ett tal får bara visas med statusen 'exists' eller 'approximate'</translation>
    </message>
    <message>
        <source>%1: the figure %2 rests on %3 pupils (field '%4'); the minimum group of %5 is %6</source>
        <translation>%1: värdet %2 bygger på %3 elever (fält '%4'); minsta grupp för %5 är %6</translation>
    </message>
    <message>
        <source>an unknown number of</source>
        <translation>ett okänt antal</translation>
    </message>
</context>
<context>
    <name>DpkSkolverketApiParser</name>
    <message>
        <source>The response from %1 is not a JSON object</source>
        <translation>Svaret från %1 är inte ett JSON-objekt</translation>
    </message>
    <message>
        <source>%1 reported status %2: %3</source>
        <translation>%1 rapporterade status %2: %3</translation>
    </message>
    <message>
        <source>The response from %1 has no "body" object</source>
        <translation>Svaret från %1 saknar objektet "body"</translation>
    </message>
    <message>
        <source>The response from %1 has no body.page with totalPages and number</source>
        <translation>Svaret från %1 saknar body.page med totalPages och number</translation>
    </message>
    <message>
        <source>The response from %1 lists a school unit without a code at position %2 of body._embedded.listedSchoolUnits</source>
        <translation>Svaret från %1 listar en skolenhet utan kod på plats %2 i body._embedded.listedSchoolUnits</translation>
    </message>
    <message>
        <source>The response from %1 has no body.code</source>
        <translation>Svaret från %1 saknar body.code</translation>
    </message>
    <message>
        <source>%1: the field %2 is not a list of {value, valueType, timePeriod}</source>
        <translation>%1: fältet %2 är inte en lista av {value, valueType, timePeriod}</translation>
    </message>
    <message>
        <source>%1: %2[%3]: %4</source>
        <translation>%1: %2[%3]: %4</translation>
    </message>
    <message>
        <source>%1: %2[%3]: the value %4 has no timePeriod</source>
        <translation>%1: %2[%3]: värdet %4 saknar timePeriod</translation>
    </message>
    <message>
        <source>The response from %1 has no list body.compulsorySchoolUnitSalsaMetricList</source>
        <translation>Svaret från %1 saknar listan body.compulsorySchoolUnitSalsaMetricList</translation>
    </message>
    <message>
        <source>The response from %1 has no school year in body.timePeriod: %2</source>
        <translation>Svaret från %1 saknar läsår i body.timePeriod: %2</translation>
    </message>
    <message>
        <source>%1: entry %2 of compulsorySchoolUnitSalsaMetricList has no schoolUnitCode</source>
        <translation>%1: post %2 i compulsorySchoolUnitSalsaMetricList saknar schoolUnitCode</translation>
    </message>
    <message>
        <source>%1: school unit %2, %3: %4</source>
        <translation>%1: skolenhet %2, %3: %4</translation>
    </message>
</context>
<context>
    <name>DpkSkolverketApiReader</name>
    <message>
        <source>%1 answered HTTP 404: the API has no such list</source>
        <translation>%1 svarade HTTP 404: API:et har ingen sådan lista</translation>
    </message>
    <message>
        <source>Page %1 of the list of school units was not read: %2</source>
        <translation>Sida %1 av listan över skolenheter lästes inte: %2</translation>
    </message>
    <message>
        <source>The API announced %1 school units but listed %2</source>
        <translation>API:et angav %1 skolenheter men listade %2</translation>
    </message>
    <message>
        <source>School unit %1 (%2) was listed twice; it is read once</source>
        <translation>Skolenheten %1 (%2) listades två gånger; den läses en gång</translation>
    </message>
    <message>
        <source>School unit %1 (%2): %3</source>
        <translation>Skolenheten %1 (%2): %3</translation>
    </message>
    <message>
        <source>School unit %1 (%2) has no details at %3 (HTTP 404), so no location</source>
        <translation>Skolenheten %1 (%2) saknar uppgifter på %3 (HTTP 404) och därmed läge</translation>
    </message>
    <message>
        <source>School unit %1 (%2) has no coordinates at %3: it cannot be placed on a map</source>
        <translation>Skolenheten %1 (%2) saknar koordinater på %3: den kan inte placeras på en karta</translation>
    </message>
    <message>
        <source>School unit %1 (%2) has no statistics at %3 (HTTP 404)</source>
        <translation>Skolenheten %1 (%2) saknar statistik på %3 (HTTP 404)</translation>
    </message>
    <message>
        <source>SALSA was not read: %1</source>
        <translation>SALSA lästes inte: %1</translation>
    </message>
    <message>
        <source>SALSA is not published at %1 (HTTP 404)</source>
        <translation>SALSA publiceras inte på %1 (HTTP 404)</translation>
    </message>
    <message>
        <source>No response held the field %1 of the indicator %2</source>
        <translation>Inget svar innehöll fältet %1 för indikatorn %2</translation>
    </message>
    <message>
        <source>%1 of %2 responses were read from the cache in %3; the oldest was fetched on %4 (%5 days ago)</source>
        <translation>%1 av %2 svar lästes från cachen i %3; det äldsta hämtades %4 (för %5 dagar sedan)</translation>
    </message>
    <message>
        <source>Reading was cancelled: the data are not complete</source>
        <translation>Läsningen avbröts: uppgifterna är inte fullständiga</translation>
    </message>
</context>
<context>
    <name>DpkStyleBuilder</name>
    <message>
        <source>up to %1</source>
        <translation>till och med %1</translation>
    </message>
    <message>
        <source>over %1 to %2</source>
        <translation>över %1 till och med %2</translation>
    </message>
    <message>
        <source>Suppressed: fewer than %1 pupils</source>
        <translation>Prickat: färre än %1 elever</translation>
    </message>
    <message>
        <source>No figure published</source>
        <translation>Inget värde publicerat</translation>
    </message>
    <message>
        <source>Nearly 100 %: all but 1–4 pupils</source>
        <translation>Nära 100 %: alla utom 1–4 elever</translation>
    </message>
</context>
<context>
    <name>DpkStyleResultsAlgorithm</name>
    <message>
        <source>Style results</source>
        <translation>Symbolisera resultat</translation>
    </message>
    <message>
        <source>style,symbology,classes,legend,renderer</source>
        <translation>stil,symbologi,klasser,teckenförklaring,rendering</translation>
    </message>
    <message>
        <source>Gives a layer of schools or areas (from Place schools or Aggregate to areas) the standard style of one indicator from the catalogue: classes computed from the layer's figures by the catalogue's method and colour ramp, and hatched classes for features without a number, whose legend says whether the figure is suppressed (too few pupils) or not published.

The layer is changed in place. The style can also be saved as a QML file.</source>
        <translation>Ger ett lager med skolor eller områden (från Placera skolor eller Sammanställ per område) standardstilen för en indikator ur katalogen: klasser beräknade från lagrets värden med katalogens metod och färgskala, och streckade klasser för objekt utan tal, vars teckenförklaring säger om värdet är dolt (för få elever) eller inte publicerat.

Lagret ändras på plats. Stilen kan också sparas som en QML-fil.</translation>
    </message>
    <message>
        <source>Layer of schools or areas</source>
        <translation>Lager med skolor eller områden</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Style file</source>
        <translation>Stilfil</translation>
    </message>
    <message>
        <source>QGIS layer style (*.qml)</source>
        <translation>QGIS-lagerstil (*.qml)</translation>
    </message>
    <message>
        <source>Styled layer</source>
        <translation>Symboliserat lager</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klasser</translation>
    </message>
    <message>
        <source>%1: no indicator chosen</source>
        <translation>%1: ingen indikator vald</translation>
    </message>
    <message>
        <source>%1: %2 classes for %3 figures</source>
        <translation>%1: %2 klasser för %3 värden</translation>
    </message>
    <message>
        <source>%1: the style cannot be written: %2</source>
        <translation>%1: stilen kan inte skrivas: %2</translation>
    </message>
</context>
<context>
    <name>DpkTextDecoder</name>
    <message>
        <source>the text is UTF-16, which is not read; save the file as UTF-8 (CSV) instead</source>
        <translation>texten är UTF-16, som inte kan läsas; spara filen som UTF-8 (CSV) i stället</translation>
    </message>
    <message>
        <source>byte %1 is a NUL byte, so this is not a text file in UTF-8 or Windows-1252 (perhaps UTF-16, or a spreadsheet saved under a .csv name)</source>
        <translation>byte %1 är en NUL-byte, så detta är ingen textfil i UTF-8 eller Windows-1252 (kanske UTF-16, eller ett kalkylark sparat med namnet .csv)</translation>
    </message>
    <message>
        <source>UTF-8 with byte-order mark</source>
        <translation>UTF-8 med byteordningsmarkering (BOM)</translation>
    </message>
    <message>
        <source>UTF-8 mixed with Windows-1252</source>
        <translation>UTF-8 blandat med Windows-1252</translation>
    </message>
</context>
<context>
    <name>DpkValue</name>
    <message>
        <source>'%1' is not a value: expected a number such as 93,5 or one of Skolverket's marks (.., ., -, ~100, *, cirka N)</source>
        <translation>'%1' är inget värde: väntade ett tal som 93,5 eller någon av Skolverkets markeringar (.., ., -, ~100, *, cirka N)</translation>
    </message>
    <message>
        <source>unknown valueType '%1' for the value '%2': expected EXISTS, OMITTED_DUE_TO_BASED_ON_FEW_PUPILS, MISSING, ROUNDED_OFF_DUE_TO_FEW_PUPILS_NOT_ELIGIBLE or TEACHERS_EXCLUDED_DUE_TO_NO_REQUIRED_LEGITIMATION</source>
        <translation>okänd valueType '%1' för värdet '%2': väntade EXISTS, OMITTED_DUE_TO_BASED_ON_FEW_PUPILS, MISSING, ROUNDED_OFF_DUE_TO_FEW_PUPILS_NOT_ELIGIBLE eller TEACHERS_EXCLUDED_DUE_TO_NO_REQUIRED_LEGITIMATION</translation>
    </message>
    <message>
        <source>published figure</source>
        <translation>publicerat värde</translation>
    </message>
    <message>
        <source>suppressed: based on too few pupils</source>
        <translation>prickat: bygger på för få elever</translation>
    </message>
    <message>
        <source>missing: no figure published</source>
        <translation>saknas: inget värde publicerat</translation>
    </message>
    <message>
        <source>not set: no grade given</source>
        <translation>ej satt: inget betyg givet</translation>
    </message>
    <message>
        <source>near 100: 1 to 4 pupils did not reach it</source>
        <translation>nära 100: 1 till 4 elever nådde det inte</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>ej tillämpligt</translation>
    </message>
    <message>
        <source>approximate count, rounded to tens</source>
        <translation>ungefärligt antal, avrundat till tiotal</translation>
    </message>
</context>
<context>
    <name>DpkXlsxReader</name>
    <message>
        <source>cannot read '%1': this GDAL has no XLSX driver</source>
        <translation>kan inte läsa '%1': denna GDAL saknar XLSX-drivrutin</translation>
    </message>
    <message>
        <source>cannot read '%1' as an XLSX workbook: %2</source>
        <translation>kan inte läsa '%1' som XLSX-arbetsbok: %2</translation>
    </message>
    <message>
        <source>not a valid XLSX file</source>
        <translation>ingen giltig XLSX-fil</translation>
    </message>
</context>
</TS>